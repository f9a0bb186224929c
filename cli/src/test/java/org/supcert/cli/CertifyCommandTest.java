package org.supcert.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supcert.cli.RawSafetensors.shape;
import static org.supcert.cli.TestModels.mask;
import static org.supcert.cli.TestModels.weights;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supcert.support.families.Families;
import org.supcert.io.DType;
import org.supcert.io.DenseMatrix;
import org.supcert.io.StrictJson;
import org.supcert.io.TensorWriter;
import org.supcert.support.Mask;

/** supcert certify end to end on model files the tests write themselves. */
class CertifyCommandTest {
    /** fc1 of the MLP, out x in = 6 x 8: 2:4 along the input (each group of 4 inputs keeps exactly 2). */
    static final Mask FC1 = mask("11000011", "01100101", "10100110", "00111100", "10010110", "01011010");
    static final Mask FC2 = mask("110000", "011100", "000011");

    @TempDir
    Path tmp;

    private static double[] flat(DenseMatrix m) {
        return m.data();
    }

    /** A PyTorch-style state dict: pruning pairs under a DataParallel "module." prefix, biases, a plain weight. */
    private Path mlp() throws IOException {
        return new RawSafetensors()
                .f32("module.fc1.weight_orig", shape(6, 8), flat(TestModels.dense(6, 8, 1)))
                .f32("module.fc1.weight_mask", shape(6, 8), ones(FC1))
                .f32("module.fc1.bias", shape(6), 0.1, 0.2, 0.3, 0.4, 0.5, 0.6)
                .f32("module.fc2.weight", shape(3, 6), flat(weights(FC2, 2)))
                .f32("module.fc2.bias", shape(3), 1, 2, 3)
                .write(tmp.resolve("mlp.safetensors"));
    }

    private static double[] ones(Mask m) {
        double[] v = new double[m.rows() * m.cols()];
        for (int i = 0; i < m.rows(); i++) for (int j : m.row(i)) v[i * m.cols() + j] = 1;
        return v;
    }

    @Test
    void safetensorsMlpWithPruningPairsModulePrefixAndTwoFour() throws IOException {
        Path model = mlp();
        CliRun r = CliRun.of("certify", model.toString());
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        assertEquals("", r.err(), r::toString);
        assertTrue(r.out().startsWith("mlp.safetensors: network "), r::toString);
        assertTrue(r.out().contains("1. fc1.weight  6 x 8, 24 allowed, from 'module.fc1.weight_mask' (PyTorch pruning mask)"
                + ", N:M 2:4 along the input"), r::toString);
        assertTrue(r.out().contains("2. fc2.weight  3 x 6, 7 allowed, from 'module.fc2.weight' (support of the weights), unstructured"),
                r::toString);
        assertTrue(r.out().contains("order by the numbers in the layer names"), r::toString);
        assertTrue(r.out().contains("pair fc1.weight -> fc2.weight:") && r.out().contains("chain: the pair above"), r::toString);

        CliRun j = CliRun.of("certify", "--json", model.toString());
        JsonNode doc = StrictJson.parse(j.out());
        assertEquals(r.code(), j.code(), j::toString);
        assertEquals("mlp.safetensors", doc.get("model").asText());
        assertEquals("names", doc.get("order").asText());
        JsonNode fc1 = doc.get("layers").get(0);
        assertEquals("fc1.weight", fc1.get("name").asText());
        assertEquals("2:4", fc1.get("nm").asText());
        assertEquals("PRUNING_MASK", fc1.get("origin").asText());
        assertEquals("[6,8]", fc1.get("shape").toString());
        assertEquals("unstructured", doc.get("layers").get(1).get("nm").asText(), j::toString);
        assertEquals("WEIGHT_SUPPORT", doc.get("layers").get(1).get("origin").asText());
        assertEquals("[\"fc1.weight\",\"fc2.weight\"]", doc.get("pairs").get(0).get("layers").toString());
        assertEquals(doc.get("pairs").get(0).get("verdict"), doc.get("chain").get("verdict"));
        // fc1's 2:4 classes are complete or masked into disjoint rectangles: Lemma B + Theorem C
        assertEquals("CLOSED", doc.get("pairs").get(0).get("verdict").asText(), j::toString);
        assertEquals("theorem-c", doc.get("pairs").get(0).get("result").asText(), j::toString);
        assertEquals("NO_OBSTRUCTION_FOUND", doc.get("network").get("verdict").asText(), j::toString);
        assertTrue(doc.get("network").get("reason").asText().contains("necessary condition"), j::toString);
        assertEquals(CliRun.of("certify", "--json", model.toString()).out(), j.out(), "deterministic JSON");
    }

    @Test
    void npzLuPairIsIllPosedAndItsCertificateRechecks() throws IOException {
        Path model = tmp.resolve("lu.npz");
        // x -> L relu(U x): forward order layer1 = U, layer2 = L; 0/1 masks stored as bool
        new TensorWriter().put("layer1.weight", mask("111", "011", "001"), DType.BOOL)
                .put("layer2.weight", mask("100", "110", "111"), DType.BOOL).writeNpz(model);
        Path out = tmp.resolve("lu.json");
        CliRun r = CliRun.of("certify", "--json", "--out", out.toString(), model.toString());
        assertEquals(ExitCodes.NOT_CLOSED, r.code(), r::toString);
        assertEquals("", r.out() + r.err(), r::toString);
        JsonNode doc = StrictJson.parse(Files.readString(out));
        assertEquals("ILL_POSED", doc.get("network").get("verdict").asText());
        assertTrue(doc.get("network").get("reason").asText().contains("Theorem V"), doc::toString);
        assertEquals("BINARY_TENSOR", doc.get("layers").get(0).get("origin").asText());
        assertEquals("NOT_CLOSED", doc.get("pairs").get(0).get("verdict").asText());
        assertEquals("corner-certificate", doc.get("certificate").get("result").asText());
        assertEquals(doc.get("pairs").get(0).get("certificate"), doc.get("certificate"));

        CliRun recheck = CliRun.of("recheck", out.toString());
        assertEquals(ExitCodes.OK, recheck.code(), recheck::toString);
        assertTrue(recheck.out().contains("certificate VALID"), recheck::toString);

        CliRun text = CliRun.of("certify", model.toString());
        assertEquals(ExitCodes.NOT_CLOSED, text.code(), text::toString);
        assertTrue(text.out().contains("network: ILL_POSED") && text.out().contains("witness B = "), text::toString);
    }

    @Test
    void lowerDiagonalUpperIsIllPosedByTheoremVIWithAChainCertificate() throws IOException {
        Path model = tmp.resolve("ldu.npz");
        // x -> L relu(D relu(U x)): the chain [L, D, U] in product order
        new TensorWriter().put("layer1", weights(mask("111", "011", "001"), 1), DType.F32)
                .put("layer2", weights(mask("100", "010", "001"), 2), DType.F32)
                .put("layer3", weights(mask("100", "110", "111"), 3), DType.F32).writeNpz(model);
        Path out = tmp.resolve("ldu.json");
        CliRun r = CliRun.of("certify", "--json", "--out", out.toString(), model.toString());
        assertEquals(ExitCodes.NOT_CLOSED, r.code(), r::toString);
        JsonNode doc = StrictJson.parse(Files.readString(out));
        assertEquals("NOT_CLOSED", doc.get("chain").get("verdict").asText(), doc::toString);
        assertEquals("ILL_POSED", doc.get("network").get("verdict").asText());
        assertTrue(doc.get("network").get("reason").asText().contains("Theorem VI"), doc::toString);
        assertEquals(3, doc.get("certificate").get("pattern").size(), "one pattern per layer: " + doc);
        CliRun recheck = CliRun.of("recheck", out.toString());
        assertEquals(ExitCodes.OK, recheck.code(), recheck::toString);
    }

    @Test
    void shardedSafetensorsThroughTheIndex() throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("sharded"));
        new TensorWriter().put("fc1.weight", weights(mask("110", "011", "101", "100"), 1), DType.F16)
                .writeSafetensors(dir.resolve("model-00001-of-00002.safetensors"), null);
        new TensorWriter().put("fc2.weight", weights(mask("1000", "0111"), 2), DType.F16)
                .writeSafetensors(dir.resolve("model-00002-of-00002.safetensors"), null);
        Files.writeString(dir.resolve("model.safetensors.index.json"), "{\"metadata\": {}, \"weight_map\": {"
                + "\"fc1.weight\": \"model-00001-of-00002.safetensors\", \"fc2.weight\": \"model-00002-of-00002.safetensors\"}}");
        CliRun byDir = CliRun.of("certify", "--json", dir.toString());
        CliRun byIndex = CliRun.of("certify", "--json", dir.resolve("model.safetensors.index.json").toString());
        assertEquals(ExitCodes.OK, byDir.code(), byDir::toString);
        JsonNode doc = StrictJson.parse(byDir.out());
        assertEquals("[\"fc1.weight\",\"fc2.weight\"]", doc.get("chain").get("layers").toString());
        assertEquals("NO_OBSTRUCTION_FOUND", doc.get("network").get("verdict").asText(), doc::toString);
        assertEquals(doc.get("network"), StrictJson.parse(byIndex.out()).get("network"));
    }

    @Test
    void butterflyChainSavedAsLayersIsClosed() throws IOException {
        int n = 32;
        Path model = tmp.resolve("butterfly.npz");
        TensorWriter w = new TensorWriter();
        // product order B_1 ... B_5: data meets B_5 first, so layer 0 is B_5
        for (int k = 0; k < 5; k++) w.put("bfly.layers." + k + ".weight", weights(Families.butterflyFactor(n, 5 - k), k), DType.F64);
        w.writeNpz(model);
        CliRun r = CliRun.of("certify", "--json", model.toString());
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        JsonNode doc = StrictJson.parse(r.out());
        assertEquals(5, doc.get("layers").size());
        assertEquals(4, doc.get("pairs").size());
        assertEquals("CLOSED", doc.get("chain").get("verdict").asText());
        assertEquals("butterfly-chain", doc.get("chain").get("result").asText());
        assertEquals(5, doc.get("chain").get("layers").size());
        assertEquals("NO_OBSTRUCTION_FOUND", doc.get("network").get("verdict").asText());
        assertTrue(doc.get("network").get("reason").asText().contains("Theorem VI"), doc::toString);
        assertTrue(doc.get("certificate").isNull());
    }

    @Test
    void outputDimensionOneIsOptimumExistsWithLayersOrderedByShape() throws IOException {
        Path model = tmp.resolve("scalar.safetensors");
        new TensorWriter().put("output.weight", weights(mask("10111"), 1), DType.F32)
                .put("hidden.weight", weights(mask("1100", "0110", "0011", "1001", "1010"), 2), DType.BF16)
                .writeSafetensors(model, null);
        CliRun r = CliRun.of("certify", "--json", model.toString());
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        JsonNode doc = StrictJson.parse(r.out());
        assertEquals("shapes", doc.get("order").asText());
        assertEquals("hidden.weight", doc.get("layers").get(0).get("name").asText());
        assertEquals("OPTIMUM_EXISTS", doc.get("network").get("verdict").asText());
        assertTrue(doc.get("network").get("reason").asText().contains("Theorem IV"), doc::toString);
    }

    @Test
    void compressedTensorsBitmaskModel() throws IOException {
        Path model = tmp.resolve("bitmask.safetensors");
        // fc1: 4 x 10 packed into 2 bytes per row (bit b of byte k is column 8k + b); fc2: 2 x 4 in 1 byte
        Mask fc1 = mask("1000000011", "0100000010", "0011000000", "0000111101");
        Mask fc2 = mask("1100", "0011");
        TensorWriter w = new TensorWriter();
        w.put("model.fc1.weight.bitmask", DenseMatrix.of(4, 2, pack(fc1)), DType.U8)
                .put("model.fc1.weight.shape", DenseMatrix.of(1, 2, new double[] {4, 10}), DType.I64)
                .put("model.fc1.weight.compressed", DenseMatrix.of(1, fc1.nonZeros(), new double[fc1.nonZeros()]), DType.F16)
                .put("model.fc2.weight.bitmask", DenseMatrix.of(2, 1, pack(fc2)), DType.U8)
                .put("model.fc2.weight.shape", DenseMatrix.of(1, 2, new double[] {2, 4}), DType.I64)
                .writeSafetensors(model, null);
        CliRun r = CliRun.of("certify", "--json", model.toString());
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        JsonNode doc = StrictJson.parse(r.out());
        assertEquals(2, doc.get("layers").size(), r::toString);
        assertEquals("BITMASK", doc.get("layers").get(0).get("origin").asText());
        assertEquals("model.fc1.weight.bitmask", doc.get("layers").get(0).get("tensor").asText());
        assertEquals("[4,10]", doc.get("layers").get(0).get("shape").toString());
        assertEquals(fc1.nonZeros(), doc.get("layers").get(0).get("nonZeros").asInt());
        // the hidden units have disjoint rank-one supports: Theorem A
        assertEquals("CLOSED", doc.get("chain").get("verdict").asText(), r::toString);
        assertEquals("NO_OBSTRUCTION_FOUND", doc.get("network").get("verdict").asText());
    }

    private static double[] pack(Mask m) {
        int bytes = (m.cols() + 7) / 8;
        double[] v = new double[m.rows() * bytes];
        for (int i = 0; i < m.rows(); i++) for (int j : m.row(i)) v[i * bytes + j / 8] += 1 << (j % 8);
        return v;
    }

    @Test
    void conv1dTensorsAreTransposedAndLayersCanBeNamedShort() throws IOException {
        Path model = tmp.resolve("gpt2.safetensors");
        // GPT-2 Conv1D stores in x out: c_fc is 4 x 8 (4 inputs, 8 hidden), c_proj 8 x 4
        new TensorWriter().put("h.0.mlp.c_fc.weight", TestModels.dense(4, 8, 3), DType.F32)
                .put("h.0.mlp.c_proj.weight", weights(mask("1000", "0100", "0010", "0001", "1000", "0100", "0010", "0001"), 4),
                        DType.F32)
                .writeSafetensors(model, null);
        CliRun r = CliRun.of("certify", "--json", "--layers", "h.0.mlp.c_fc,h.0.mlp.c_proj", "--transpose",
                "h.0.mlp.c_fc,h.0.mlp.c_proj.weight", model.toString());
        JsonNode doc = StrictJson.parse(r.out());
        assertEquals("given", doc.get("order").asText(), r::toString);
        assertEquals("[8,4]", doc.get("layers").get(0).get("shape").toString());
        assertTrue(doc.get("layers").get(0).get("transposed").asBoolean());
        assertEquals("[4,8]", doc.get("layers").get(1).get("shape").toString());
        assertEquals(ExitCodes.OK, r.code(), r::toString);

        // the same from a layers file
        Path spec = tmp.resolve("layers.json");
        Files.writeString(spec, "{\"layers\": [{\"name\": \"h.0.mlp.c_fc.weight\", \"transpose\": true}, \"h.0.mlp.c_proj\"],"
                + " \"transpose\": [\"h.0.mlp.c_proj\"]}");
        CliRun f = CliRun.of("certify", "--json", "--layers-file", spec.toString(), model.toString());
        assertEquals(r.out(), f.out(), f::toString);
        // without the flags: GPT-2's Conv1D names and shapes give the same network, in the block's order
        CliRun none = CliRun.of("certify", "--json", model.toString());
        assertEquals(ExitCodes.OK, none.code(), none::toString);
        JsonNode auto = StrictJson.parse(none.out());
        assertEquals("blocks", auto.get("order").asText());
        assertEquals(doc.get("layers").get(0).get("shape"), auto.get("layers").get(0).get("shape"));
        assertEquals(ModelInputsTest.verdicts(doc), ModelInputsTest.verdicts(auto));
        CliRun text = CliRun.of("certify", model.toString());
        assertTrue(text.out().contains("transposed: GPT-2 Conv1D, stored in x out"), text::toString);
    }

    @Test
    void mixedShapesAndDifferentHiddenSizes() throws IOException {
        Path model = tmp.resolve("mixed.npz");
        new TensorWriter().put("l1", weights(mask("10100", "01010", "00101", "11000", "00011", "10001", "01100"), 5), DType.F32)
                .put("l2", weights(mask("1100000", "0011100", "0000011"), 6), DType.F32)
                .put("l3", weights(mask("110", "011"), 7), DType.F32).writeNpz(model);
        CliRun r = CliRun.of("certify", model.toString());
        assertFalse(r.code() == ExitCodes.INPUT_ERROR || r.code() == ExitCodes.INTERNAL_ERROR, r::toString);
        assertTrue(r.out().contains("chain of all 3 layers:") && r.out().contains("2 x 5 (2x3 * 3x7 * 7x5)"), r::toString);
        assertTrue(r.out().contains("pair l1 -> l2:") && r.out().contains("pair l2 -> l3:"), r::toString);
    }

    @Test
    void aMatrixMarketFileIsOneLinearLayer() throws IOException {
        Path model = tmp.resolve("w.mtx");
        TensorWriter.writeMatrixMarket(model, mask("101", "010"));
        CliRun r = CliRun.of("certify", model.toString());
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        assertTrue(r.out().contains("network: OPTIMUM_EXISTS"), r::toString);
    }

    @Test
    void aSupportFileIsTheNetworkOfItsChain() throws IOException {
        // cases/lu2.json: factors [L, U] in product order, the network x -> L relu(U x)
        CliRun r = CliRun.of("certify", "--json", CheckCommandTest.CASES.resolve("lu2.json").toString());
        assertEquals(ExitCodes.NOT_CLOSED, r.code(), r::toString);
        JsonNode doc = StrictJson.parse(r.out());
        assertEquals("W_2", doc.get("layers").get(0).get("name").asText(), r::toString);
        assertEquals("SUPPORT_FILE", doc.get("layers").get(0).get("origin").asText());
        assertEquals("ILL_POSED", doc.get("network").get("verdict").asText());
        CliRun ldu = CliRun.of("certify", "--layers", "W_1", CheckCommandTest.CASES.resolve("lu2.json").toString());
        assertEquals(ExitCodes.INPUT_ERROR, ldu.code(), ldu::toString);
        assertTrue(ldu.err().contains("do not apply to a supcert/v1 support file"), ldu::toString);
    }

    @Test
    void helpListsTheCommand() {
        CliRun r = CliRun.of("--help");
        assertTrue(r.out().contains("certify"), r::toString);
    }
}
