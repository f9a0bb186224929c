package org.supcert.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supcert.support.Mask;

class TensorWriterTest {
    @TempDir
    Path dir;

    private static DenseMatrix sample(int rows, int cols, long seed) {
        Random rnd = new Random(seed);
        double[] v = new double[rows * cols];
        for (int k = 0; k < v.length; k++) v[k] = rnd.nextInt(3) == 0 ? 0 : rnd.nextInt(200) - 100; // exact in F16/BF16
        return DenseMatrix.of(rows, cols, v);
    }

    @Test
    void npyNpzAndSafetensorsRoundTrips() {
        DenseMatrix a = sample(5, 7, 1);
        Mask m = Mask.fromRowStrings(List.of("1001", "0110"));
        ComplexMatrix z = ComplexMatrix.of(1, 2, new double[] {1, 0}, new double[] {-2, 0.5});
        for (DType t : new DType[] {DType.F64, DType.F32, DType.F16, DType.I32, DType.I8}) {
            Path p = dir.resolve("a_" + t + ".npy");
            new TensorWriter().put("a", a, t).writeNpy(p);
            assertArrayEquals(a.data(), MatrixFiles.readDense(p).data(), t.name());
        }
        Path npz = dir.resolve("all.npz");
        new TensorWriter().put("a", a, DType.F64).put("m", m, DType.BOOL).put("z", z, DType.C128).writeNpz(npz);
        try (TensorSource s = TensorSource.open(npz)) {
            assertArrayEquals(a.data(), s.dense("a").data());
            assertEquals(m, s.mask("m"));
            assertArrayEquals(z.im(), s.complex("z").im());
        }
        Path st = dir.resolve("all.safetensors");
        new TensorWriter().put("a", a, DType.BF16).put("b", a, DType.F16).put("m", m, DType.U8)
                .writeSafetensors(st, Map.of("format", "pt", "note", "quote \" and \u00e9"));
        try (TensorSource s = TensorSource.open(st)) {
            assertArrayEquals(a.data(), s.dense("a").data());
            assertArrayEquals(a.data(), s.dense("b").data());
            assertEquals(m, s.mask("m"));
        }
        Path mtx = dir.resolve("m.mtx");
        TensorWriter.writeMatrixMarket(mtx, m);
        assertEquals(m, MatrixFiles.readMask(mtx));
    }

    @Test
    void pytorchPruningPairLoadsAsAPruningMask() {
        DenseMatrix w = sample(4, 8, 2);
        Mask m = Mask.fromRowStrings(List.of("11000011", "01100101", "10100110", "00111100"));
        Path p = dir.resolve("pruned.safetensors");
        new TensorWriter().put("module.fc.weight_orig", w, DType.F32).put("module.fc.weight_mask", m, DType.F32)
                .writeSafetensors(p, null);
        try (TensorSource s = TensorSource.open(p)) {
            LayerMask lm = ModelMasks.of(s).mask("fc.weight");
            assertEquals(LayerMask.Origin.PRUNING_MASK, lm.origin());
            assertEquals(m, lm.mask());
            assertEquals("2:4", lm.nm().orElseThrow().toString());
        }
    }

    @Test
    void refusals() {
        ComplexMatrix z = ComplexMatrix.of(1, 1, new double[] {1}, new double[] {1});
        assertThrows(IllegalArgumentException.class,
                () -> new TensorWriter().put("z", z, DType.C64).writeSafetensors(dir.resolve("z.safetensors"), null));
        DenseMatrix half = DenseMatrix.of(1, 1, new double[] {0.5});
        assertThrows(IllegalArgumentException.class,
                () -> new TensorWriter().put("h", half, DType.I32).writeNpy(dir.resolve("h.npy")));
        assertThrows(IllegalArgumentException.class,
                () -> new TensorWriter().put("b", half, DType.BF16).writeNpy(dir.resolve("b.npy")));
        assertThrows(IllegalArgumentException.class, () -> new TensorWriter().put("a", half, DType.F32).put("a", half, DType.F32));
        assertThrows(IllegalArgumentException.class, () -> DenseMatrix.of(2, 2, new double[3]));
    }

    @Test
    void halfAndBfloat16EncodingsRoundTripEveryValueAndRoundToNearestEven() {
        for (int h = 0; h < 0x10000; h++) {
            float f = DType.halfToFloat(h);
            if (Float.isNaN(f)) {
                assertTrue(Float.isNaN(DType.halfToFloat(ElementEncoder.floatToHalf(f))));
                continue;
            }
            assertEquals(h, ElementEncoder.floatToHalf(f) & 0xffff, Integer.toHexString(h));
            float g = DType.bfloat16ToFloat(h);
            if (!Float.isNaN(g)) assertEquals(h, ElementEncoder.floatToBfloat16(g) & 0xffff, Integer.toHexString(h));
        }
        // 1 + 2^-11 lies halfway between 1 and 1 + 2^-10: ties go to the even mantissa (1.0)
        assertEquals(0x3c00, ElementEncoder.floatToHalf(1f + 0x1p-11f));
        assertEquals(0x3c02, ElementEncoder.floatToHalf(1f + 3 * 0x1p-11f));
        assertEquals(0x7c00, ElementEncoder.floatToHalf(65520f), "rounds past the largest half to infinity");
        assertEquals(0x7bff, ElementEncoder.floatToHalf(65519f));
        assertEquals(0x0000, ElementEncoder.floatToHalf(0x1p-25f), "half the smallest subnormal ties to zero");
        assertEquals(0x0001, ElementEncoder.floatToHalf(0x1.8p-25f));
        assertEquals(0x3f80, ElementEncoder.floatToBfloat16(1f + 0x1p-8f));
    }
}
