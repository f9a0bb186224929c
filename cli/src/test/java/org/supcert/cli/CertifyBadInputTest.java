package org.supcert.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supcert.cli.RawSafetensors.shape;
import static org.supcert.cli.TestModels.mask;
import static org.supcert.cli.TestModels.weights;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supcert.io.DType;
import org.supcert.io.TensorWriter;

/** Every bad input ends in one line "supcert: FILE: [tensor 'T': ]problem", exit 2, no verdict, no stack trace. */
class CertifyBadInputTest {
    @TempDir
    Path tmp;

    /** Runs certify and checks the one-line error names the file (and the tensor, when given) and says what. */
    private static CliRun assertInputError(Path file, String tensor, String problem, String... args) {
        String[] all = Arrays.copyOf(new String[] {"certify"}, 2 + args.length);
        System.arraycopy(args, 0, all, 1, args.length);
        all[all.length - 1] = file.toString();
        CliRun r = CliRun.of(all);
        assertEquals(ExitCodes.INPUT_ERROR, r.code(), r::toString);
        assertEquals("", r.out(), r::toString);
        String err = r.err().strip();
        assertEquals(1, err.lines().count(), r::toString);
        assertTrue(err.startsWith("supcert: " + file), r::toString);
        if (tensor != null) assertTrue(err.contains("tensor '" + tensor + "'"), r::toString);
        assertTrue(err.contains(problem), r::toString);
        assertTrue(!err.contains("Exception") && !err.contains("\tat "), r::toString);
        return r;
    }

    private Path twoLayers() throws IOException {
        Path model = tmp.resolve("mlp.safetensors");
        new TensorWriter().put("fc1.weight", weights(mask("1100", "0110", "0011"), 1), DType.F32)
                .put("fc2.weight", weights(mask("101", "011"), 2), DType.F32).put("emb", weights(mask("11000", "10001"), 3), DType.F32)
                .writeSafetensors(model, null);
        return model;
    }

    @Test
    void truncatedFile() throws IOException {
        Path good = twoLayers();
        byte[] all = Files.readAllBytes(good);
        Path cut = Files.write(tmp.resolve("cut.safetensors"), Arrays.copyOf(all, all.length - 10));
        assertInputError(cut, null, "", "--layers", "fc1,fc2");
        Path headerCut = Files.write(tmp.resolve("headercut.safetensors"), Arrays.copyOf(all, 20));
        assertInputError(headerCut, null, "runs past the end");
    }

    @Test
    void lyingHeaders() throws IOException {
        Path past = new RawSafetensors().f32("fc1.weight", shape(2, 2), 1, 0, 0, 1)
                .field("fc2.weight", "F32", shape(2, 2), 16, 4096).write(tmp.resolve("past.safetensors"));
        assertInputError(past, "fc2.weight", "");
        Path overlap = new RawSafetensors().f32("fc1.weight", shape(2, 2), 1, 0, 0, 1)
                .field("fc2.weight", "F32", shape(2, 2), 0, 16).write(tmp.resolve("overlap.safetensors"));
        assertInputError(overlap, "fc2.weight", "");
        Path wrongSize = new RawSafetensors().f32("fc1.weight", shape(2, 3), 1, 0, 0, 1).write(tmp.resolve("size.safetensors"));
        assertInputError(wrongSize, "fc1.weight", "");
        Path absurd = tmp.resolve("absurd.safetensors");
        Files.write(absurd, ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN).putLong(5_000_000_000L).put((byte) '{')
                .put((byte) '}').array());
        assertInputError(absurd, null, "absurd");
    }

    @Test
    void unknownDtype() throws IOException {
        Path model = new RawSafetensors().f32("fc1.weight", shape(2, 2), 1, 0, 0, 1)
                .raw("fc2.weight", "Q4_K", shape(2, 2), new byte[4]).write(tmp.resolve("dtype.safetensors"));
        assertInputError(model, "fc2.weight", "Q4_K");
    }

    @Test
    void shapesThatDoNotChain() throws IOException {
        Path model = twoLayers();
        // fc1 is 3 x 4; emb (2 x 5) cannot take its 3 outputs
        assertInputError(model, "emb", "shapes do not chain: layer 'emb' (out x in = 2 x 5) cannot follow 'fc1.weight'",
                "--layers", "fc1.weight,emb");
        // default order: the names do not say where emb goes, and no order of the three shapes chains
        assertInputError(model, null, "chain in no order", new String[0]);
        Path numbered = tmp.resolve("numbered.npz");
        new TensorWriter().put("fc1", weights(mask("11", "01", "10"), 1), DType.F32)
                .put("fc2", weights(mask("11", "01"), 2), DType.F32).writeNpz(numbered);
        assertInputError(numbered, null, "layer 'fc2' (out x in = 2 x 2) cannot follow 'fc1' (out x in = 3 x 2)");
    }

    @Test
    void missingNamedTensors() throws IOException {
        Path model = twoLayers();
        assertInputError(model, "fc3", "no such layer or tensor; layers: [fc1.weight, fc2.weight, emb]",
                "--layers", "fc1,fc3");
        assertInputError(model, "fc9", "no such layer or tensor", "--layers", "fc1,fc2", "--transpose", "fc9");
        assertInputError(model, "emb", "--transpose names a layer that is not in the network",
                "--layers", "fc1,fc2", "--transpose", "emb");
        assertInputError(model, "fc1.weight", "named twice", "--layers", "fc1,fc2,fc1.weight");
        Path bias = new RawSafetensors().f32("fc1.weight", shape(2, 2), 1, 0, 0, 1).f32("fc1.bias", shape(2), 1, 1)
                .write(tmp.resolve("bias.safetensors"));
        assertInputError(bias, "fc1.bias", "is not a layer", "--layers", "fc1.weight,fc1.bias");
    }

    @Test
    void missingFilesAndBadLayerFiles() throws IOException {
        Path model = twoLayers();
        Path none = tmp.resolve("none.safetensors");
        assertInputError(none, null, "");
        Path spec = Files.writeString(tmp.resolve("layers.json"), "{\"layers\": [1, 2]}");
        CliRun r = CliRun.of("certify", "--layers-file", spec.toString(), model.toString());
        assertEquals(ExitCodes.INPUT_ERROR, r.code(), r::toString);
        assertTrue(r.err().startsWith("supcert: " + spec + ": layer entry 1"), r::toString);
        Path broken = Files.writeString(tmp.resolve("broken.json"), "{\"layers\": [");
        CliRun b = CliRun.of("certify", "--layers-file", broken.toString(), model.toString());
        assertEquals(ExitCodes.INPUT_ERROR, b.code(), b::toString);
        assertTrue(b.err().startsWith("supcert: " + broken + ": malformed JSON"), b::toString);
        CliRun both = CliRun.of("certify", "--layers", "fc1", "--layers-file", spec.toString(), model.toString());
        assertEquals(ExitCodes.INPUT_ERROR, both.code(), both::toString);
    }
}
