package org.supcert.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supcert.io.TestFiles.assertFormatError;
import static org.supcert.io.TestFiles.encode;
import static org.supcert.io.TestFiles.shape;
import static org.supcert.io.TestFiles.st;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supcert.support.Mask;

class ModelMasksTest {
    private static final ByteOrder LE = ByteOrder.LITTLE_ENDIAN;

    @TempDir
    Path dir;

    /** A 2:4 mask of an out x in = 4 x 8 layer: each group of 4 inputs keeps exactly 2. */
    private static final List<String> TWO_FOUR = List.of("11000011", "01100101", "10100110", "00111100");

    private static double[] values(List<String> rows, boolean ones, long seed) {
        Random rnd = new Random(seed);
        int cols = rows.get(0).length();
        double[] v = new double[rows.size() * cols];
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < cols; j++) {
                if (rows.get(i).charAt(j) == '1') v[i * cols + j] = ones ? 1 : 0.5 + rnd.nextDouble();
            }
        }
        return v;
    }

    private static double[] dense(int n, long seed) {
        Random rnd = new Random(seed);
        double[] v = new double[n];
        for (int k = 0; k < n; k++) v[k] = rnd.nextGaussian();
        return v;
    }

    @Test
    void pruningPairsBitmasksBinaryTensorsAndWeights() throws IOException {
        Map<String, TestFiles.St> t = TestFiles.tensors();
        t.put("module.fc1.weight_orig", st("F32", shape(4, 8), encode("f4", LE, dense(32, 1))));
        t.put("module.fc1.weight_mask", st("F32", shape(4, 8), encode("f4", LE, values(TWO_FOUR, true, 0))));
        t.put("module.fc1.bias", st("F32", shape(4), encode("f4", LE, dense(4, 2))));
        List<String> fc2 = List.of("1001", "0110", "0000", "1111", "0101", "1000", "0011", "1110");
        t.put("module.fc2.weight", st("F16", shape(8, 4), encode("f2", LE, values(fc2, false, 3))));
        List<String> fc3 = List.of("10", "01");
        t.put("fc3.weight", st("BOOL", shape(2, 2), new byte[] {1, 0, 0, 1}));
        // compressed-tensors: a 3 x 10 mask packed little-endian into 2 bytes per row
        List<String> q = List.of("1000000001", "0110000010", "0000000000");
        t.put("q.weight.bitmask", st("U8", shape(3, 2), new byte[] {0x01, 0x02, 0x06, 0x01, 0, 0}));
        t.put("q.weight.shape", st("I64", shape(2), encode("i8", LE, 3, 10)));
        t.put("q.weight.compressed", st("F16", shape(4), encode("f2", LE, 1, 2, 3, 4)));
        t.put("q.weight.row_offsets", st("I64", shape(3), encode("i8", LE, 0, 2, 4)));
        Path p = dir.resolve("model.safetensors");
        TestFiles.safetensors(p, t, "{\"format\":\"pt\"}");
        try (TensorSource s = TensorSource.open(p)) {
            ModelMasks m = ModelMasks.of(s);
            assertEquals(List.of("fc1.weight", "fc2.weight", "fc3.weight", "q.weight"), m.layers());
            assertEquals("module.fc1.weight_mask", m.tensorOf("fc1.weight"));

            LayerMask fc1 = m.mask("fc1.weight");
            assertEquals(LayerMask.Origin.PRUNING_MASK, fc1.origin());
            assertEquals(Mask.fromRowStrings(TWO_FOUR), fc1.mask());
            assertEquals("2:4", fc1.nm().orElseThrow().toString());
            assertTrue(fc1.nm().orElseThrow().exact());

            LayerMask w2 = m.mask("fc2.weight");
            assertEquals(LayerMask.Origin.WEIGHT_SUPPORT, w2.origin());
            assertEquals(Mask.fromRowStrings(fc2), w2.mask());
            assertEquals(8, w2.mask().rows(), "stored orientation: out x in");
            assertFalse(w2.nm().isPresent(), "a full row of 4 is not N:M");

            LayerMask w3 = m.mask("fc3.weight");
            assertEquals(LayerMask.Origin.BINARY_TENSOR, w3.origin());
            assertEquals(Mask.fromRowStrings(fc3), w3.mask());

            LayerMask bq = m.mask("q.weight");
            assertEquals(LayerMask.Origin.BITMASK, bq.origin());
            assertEquals(Mask.fromRowStrings(q), bq.mask());
        }
    }

    @Test
    void npzModelWithPytorchNames() throws IOException {
        Map<String, byte[]> members = new LinkedHashMap<>();
        members.put("layers.0.weight_orig.npy", TestFiles.npy(1, "<f4", false, "(4, 8)", encode("f4", LE, dense(32, 5))));
        members.put("layers.0.weight_mask.npy", TestFiles.npy(1, "<f4", false, "(4, 8)",
                encode("f4", LE, values(TWO_FOUR, true, 0))));
        members.put("layers.1.weight.npy", TestFiles.npy(1, "<f8", true, "(8, 4)",
                encode("f8", LE, TestFiles.columnMajor(8, 4, values(TWO_FOUR, false, 6)))));
        Path p = dir.resolve("mlp.npz");
        TestFiles.zip(p, members, false);
        try (TensorSource s = TensorSource.open(p)) {
            ModelMasks m = ModelMasks.of(s);
            assertEquals(List.of("layers.0.weight", "layers.1.weight"), m.layers());
            assertEquals(Mask.fromRowStrings(TWO_FOUR), m.mask("layers.0.weight").mask());
            // the (8, 4) Fortran array holds the values of the 4 x 8 pattern read as 8 x 4 in column-major order
            Mask l1 = m.mask("layers.1.weight").mask();
            assertEquals(8, l1.rows());
            assertEquals(Mask.fromRowStrings(TWO_FOUR).nonZeros(), l1.nonZeros());
        }
    }

    private Path model(String name, Map<String, TestFiles.St> t) throws IOException {
        Path p = dir.resolve(name);
        TestFiles.safetensors(p, t, null);
        return p;
    }

    @Test
    void pruningMaskThatIsNotBinary() throws IOException {
        Map<String, TestFiles.St> t = TestFiles.tensors();
        t.put("w_orig", st("F32", shape(1, 2), encode("f4", LE, 1, 2)));
        t.put("w_mask", st("F32", shape(1, 2), encode("f4", LE, 1, 0.5)));
        Path p = model("nb.safetensors", t);
        try (TensorSource s = TensorSource.open(p)) {
            assertFormatError(p, "w_mask", () -> ModelMasks.of(s).mask("w"), "values other than 0 and 1");
        }
    }

    @Test
    void pruningMaskOfAnotherShape() throws IOException {
        Map<String, TestFiles.St> t = TestFiles.tensors();
        t.put("w_orig", st("F32", shape(1, 2), encode("f4", LE, 1, 2)));
        t.put("w_mask", st("F32", shape(2, 1), encode("f4", LE, 1, 0)));
        Path p = model("sh.safetensors", t);
        try (TensorSource s = TensorSource.open(p)) {
            assertFormatError(p, "w_mask", () -> ModelMasks.of(s).mask("w"), "(2, 1) does not match 'w_orig' of shape (1, 2)");
        }
    }

    @Test
    void bitmaskProblems() throws IOException {
        Map<String, TestFiles.St> noShape = TestFiles.tensors();
        noShape.put("q.bitmask", st("U8", shape(1, 1), new byte[] {1}));
        Path a = model("noshape.safetensors", noShape);
        try (TensorSource s = TensorSource.open(a)) {
            assertFormatError(a, "q.bitmask", () -> ModelMasks.of(s), "without its 'q.shape' tensor");
        }
        Map<String, TestFiles.St> padding = TestFiles.tensors();
        padding.put("q.bitmask", st("U8", shape(1, 1), new byte[] {(byte) 0x20}));
        padding.put("q.shape", st("I32", shape(2), encode("i4", LE, 1, 5)));
        Path b = model("padding.safetensors", padding);
        try (TensorSource s = TensorSource.open(b)) {
            assertFormatError(b, "q.bitmask", () -> ModelMasks.of(s).mask("q"), "padding bit 5");
        }
        Map<String, TestFiles.St> wrong = TestFiles.tensors();
        wrong.put("q.bitmask", st("U8", shape(1, 1), new byte[] {1}));
        wrong.put("q.shape", st("I32", shape(2), encode("i4", LE, 1, 9)));
        Path c = model("wrong.safetensors", wrong);
        try (TensorSource s = TensorSource.open(c)) {
            assertFormatError(c, "q.bitmask", () -> ModelMasks.of(s).mask("q"), "expected (1, 2)");
        }
    }

    @Test
    void namesThatCollideOnceModulePrefixesAreStripped() throws IOException {
        Map<String, TestFiles.St> t = TestFiles.tensors();
        t.put("fc.weight", st("U8", shape(1, 1), new byte[] {1}));
        t.put("module.fc.weight", st("U8", shape(1, 1), new byte[] {1}));
        Path p = model("clash.safetensors", t);
        try (TensorSource s = TensorSource.open(p)) {
            assertFormatError(p, "module.fc.weight", () -> ModelMasks.of(s), "same tensor 'fc.weight'");
        }
    }

    @Test
    void unknownLayer() throws IOException {
        Map<String, TestFiles.St> t = TestFiles.tensors();
        t.put("fc.weight", st("U8", shape(1, 1), new byte[] {1}));
        Path p = model("one.safetensors", t);
        try (TensorSource s = TensorSource.open(p)) {
            assertFormatError(p, "fc.bias", () -> ModelMasks.of(s).mask("fc.bias"), "no such layer");
        }
    }
}
