package org.supcert.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.supcert.io.TestFiles.assertFormatError;
import static org.supcert.io.TestFiles.columnMajor;
import static org.supcert.io.TestFiles.encode;
import static org.supcert.io.TestFiles.npy;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.supcert.support.Mask;

class NpyReaderTest {
    private static final ByteOrder LE = ByteOrder.LITTLE_ENDIAN;
    private static final ByteOrder BE = ByteOrder.BIG_ENDIAN;
    /** A 2 x 3 matrix with a zero, a negative zero and distinct values. */
    private static final double[] A = {1.5, 0, -2, -0.0, 4, 0.25};

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    @Test
    void cOrderFloat64DenseAndMask() throws IOException {
        Path p = write("W.npy", npy(1, "<f8", false, "(2, 3)", encode("f8", LE, A)));
        try (TensorSource s = TensorSource.open(p)) {
            assertEquals(List.of("W"), s.tensors().stream().map(TensorInfo::name).toList());
            TensorInfo info = s.info("W");
            assertEquals("F64", info.dtype());
            assertArrayEquals(new long[] {2, 3}, info.shape());
            DenseMatrix d = s.dense("W");
            assertEquals(2, d.rows());
            assertEquals(3, d.cols());
            assertArrayEquals(A, d.data());
            assertEquals(Mask.fromRowStrings(List.of("101", "011")), s.mask("W"), "-0.0 counts as zero");
        }
    }

    @Test
    void fortranOrderGivesTheSameMatrixAsCOrder() throws IOException {
        // np.save(W.T) of a 3 x 2 W writes the 2 x 3 transpose in Fortran order.
        Path c = write("c.npy", npy(1, "<f8", false, "(2, 3)", encode("f8", LE, A)));
        Path f = write("f.npy", npy(1, "<f8", true, "(2, 3)", encode("f8", LE, columnMajor(2, 3, A))));
        assertArrayEquals(MatrixFiles.readDense(c).data(), MatrixFiles.readDense(f).data());
        assertEquals(MatrixFiles.readMask(c), MatrixFiles.readMask(f));
    }

    @Test
    void bigEndianIntegersAndFloats() throws IOException {
        Path i4 = write("i4.npy", npy(1, ">i4", false, "(2, 2)", encode("i4", BE, 7, 0, -3, 100000)));
        assertArrayEquals(new double[] {7, 0, -3, 100000}, MatrixFiles.readDense(i4).data());
        Path f4 = write("f4.npy", npy(1, ">f4", true, "(2, 2)", encode("f4", BE, columnMajor(2, 2, 0.5, -1, 0, 3))));
        assertArrayEquals(new double[] {0.5, -1, 0, 3}, MatrixFiles.readDense(f4).data());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void headerVersions(int version) throws IOException {
        Path p = write("v" + version + ".npy", npy(version, "<i2", false, "(1, 4)", encode("i2", LE, 1, 0, 0, 9)));
        assertEquals(Mask.fromRowStrings(List.of("1001")), MatrixFiles.readMask(p));
    }

    @ParameterizedTest
    @ValueSource(strings = {"b1", "i1", "u1", "i2", "u2", "i4", "u4", "i8", "u8", "f2", "f4", "f8"})
    void everyRealDtypeInBothByteOrders(String code) throws IOException {
        double[] v = code.equals("b1") ? new double[] {1, 0, 1, 1} : new double[] {3, 0, 1, 120};
        double[] signedV = code.startsWith("i") || code.startsWith("f") ? new double[] {-3, 0, 1, 120} : v;
        for (ByteOrder order : new ByteOrder[] {LE, BE}) {
            String descr = (code.endsWith("1") ? "|" : order == LE ? "<" : ">") + code;
            Path p = write(code + order + ".npy", npy(1, descr, false, "(2, 2)", encode(code, order, signedV)));
            assertArrayEquals(signedV, MatrixFiles.readDense(p).data(), descr);
            assertEquals(Mask.fromRowStrings(List.of("10", "11")), MatrixFiles.readMask(p), descr);
        }
    }

    @Test
    void boolAsQuestionMarkAndUnsignedExtremes() throws IOException {
        Path b = write("b.npy", npy(1, "|?", false, "(3,)", new byte[] {1, 0, 1}));
        assertEquals(Mask.fromRowStrings(List.of("101")), MatrixFiles.readMask(b), "1-D is one row");
        Path u = write("u.npy", npy(1, "<u8", false, "(2,)", encode("u8", LE, 0x1p64 - 2048, 255)));
        assertArrayEquals(new double[] {0x1p64 - 2048, 255}, MatrixFiles.readDense(u).data());
        Path u4 = write("u4.npy", npy(1, "<u4", false, "(1,)", encode("u4", LE, 4294967295.0)));
        assertArrayEquals(new double[] {4294967295.0}, MatrixFiles.readDense(u4).data());
    }

    @Test
    void halfPrecisionValues() throws IOException {
        // 1, -2, 0.5, 65504 (largest half), smallest subnormal 2^-24, -0.0
        byte[] data = java.nio.ByteBuffer.allocate(12).order(LE).putShort((short) 0x3c00).putShort((short) 0xc000)
                .putShort((short) 0x3800).putShort((short) 0x7bff).putShort((short) 0x0001).putShort((short) 0x8000)
                .array();
        Path p = write("h.npy", npy(1, "<f2", false, "(2, 3)", data));
        assertArrayEquals(new double[] {1, -2, 0.5, 65504, 0x1p-24, -0.0}, MatrixFiles.readDense(p).data());
        assertEquals(Mask.fromRowStrings(List.of("111", "110")), MatrixFiles.readMask(p));
    }

    @Test
    void complexSplitIntoRealAndImaginaryParts() throws IOException {
        double[] z = {1, 2, 0, 0, 0, -1, 3, 0}; // 1+2i, 0, -i, 3 as a 2 x 2
        for (String code : new String[] {"c8", "c16"}) {
            Path p = write(code + ".npy", npy(1, "<" + code, false, "(2, 2)", encode(code, LE, z)));
            ComplexMatrix c = MatrixFiles.readComplex(p);
            assertArrayEquals(new double[] {1, 0, 0, 3}, c.re(), code);
            assertArrayEquals(new double[] {2, 0, -1, 0}, c.im(), code);
            assertEquals(Mask.fromRowStrings(List.of("10", "11")), MatrixFiles.readMask(p), code);
            assertFormatError(p, code, () -> MatrixFiles.readDense(p), "complex");
        }
        Path real = write("r.npy", npy(1, "<f8", false, "(1, 2)", encode("f8", LE, 1, 2)));
        assertArrayEquals(new double[] {0, 0}, MatrixFiles.readComplex(real).im());
    }

    @Test
    void complexFortranOrderBigEndian() throws IOException {
        double[] rowMajorRe = {1, 2, 3, 4, 5, 6};
        double[] colMajor = columnMajor(2, 3, rowMajorRe);
        double[] z = new double[12];
        for (int k = 0; k < 6; k++) {
            z[2 * k] = colMajor[k];
            z[2 * k + 1] = -colMajor[k];
        }
        Path p = write("zf.npy", npy(1, ">c16", true, "(2, 3)", encode("c16", BE, z)));
        ComplexMatrix c = MatrixFiles.readComplex(p);
        assertArrayEquals(rowMajorRe, c.re());
        assertArrayEquals(new double[] {-1, -2, -3, -4, -5, -6}, c.im());
    }

    @Test
    void higherDimensionalArraysFlattenToFirstDimensionRows() throws IOException {
        // shape (2, 2, 3): C order values 0..11 with zeros where k % 4 == 0
        double[] c = new double[12];
        for (int k = 0; k < 12; k++) c[k] = k % 4 == 0 ? 0 : k;
        double[] f = new double[12];
        for (int a = 0; a < 2; a++) for (int b = 0; b < 2; b++) for (int d = 0; d < 3; d++) {
            f[a + 2 * (b + 2 * d)] = c[(a * 2 + b) * 3 + d];
        }
        Path pc = write("c3.npy", npy(1, "<f8", false, "(2, 2, 3)", encode("f8", LE, c)));
        Path pf = write("f3.npy", npy(1, "<f8", true, "(2, 2, 3)", encode("f8", LE, f)));
        DenseMatrix dc = MatrixFiles.readDense(pc);
        assertEquals(2, dc.rows());
        assertEquals(6, dc.cols());
        assertArrayEquals(c, dc.data());
        assertArrayEquals(c, MatrixFiles.readDense(pf).data());
        assertEquals(MatrixFiles.readMask(pc), MatrixFiles.readMask(pf));
        assertEquals(Mask.fromRowStrings(List.of("011101", "110111")), MatrixFiles.readMask(pc));
    }

    @Test
    void largerFortranMaskMatchesCOrderMask() throws IOException {
        int rows = 37;
        int cols = 53;
        double[] v = new double[rows * cols];
        java.util.Random rnd = new java.util.Random(7);
        for (int k = 0; k < v.length; k++) v[k] = rnd.nextDouble() < 0.3 ? rnd.nextGaussian() : 0;
        Path c = write("c.npy", npy(1, "<f4", false, "(" + rows + ", " + cols + ")", encode("f4", LE, v)));
        Path f = write("f.npy", npy(1, "<f4", true, "(" + rows + ", " + cols + ")", encode("f4", LE, columnMajor(rows, cols, v))));
        Mask mc = MatrixFiles.readMask(c);
        assertEquals(mc, MatrixFiles.readMask(f));
        for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) assertEquals(v[i * cols + j] != 0, mc.get(i, j));
    }

    @Test
    void nanIsNonZeroForMasksButRefusedForTargets() throws IOException {
        Path p = write("nan.npy", npy(1, "<f8", false, "(1, 3)", encode("f8", LE, 0, Double.NaN, Double.NEGATIVE_INFINITY)));
        assertEquals(Mask.fromRowStrings(List.of("011")), MatrixFiles.readMask(p));
        assertFormatError(p, "nan", () -> MatrixFiles.readDense(p), "entry (0, 1)", "NaN", "finite");
    }

    @Test
    void scalarIsOneByOne() throws IOException {
        Path p = write("s.npy", npy(1, "<f8", false, "()", encode("f8", LE, 2.5)));
        DenseMatrix d = MatrixFiles.readDense(p);
        assertEquals(1, d.rows());
        assertEquals(1, d.cols());
        assertEquals(2.5, d.get(0, 0));
    }
}
