package org.supcert.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.supcert.io.TestFiles.assertFormatError;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supcert.support.Mask;

class MatrixMarketReaderTest {
    @TempDir
    Path dir;

    private Path mtx(String name, String... lines) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, String.join("\n", lines) + "\n");
        return p;
    }

    @Test
    void coordinatePatternGeneralWithComments() throws IOException {
        Path p = mtx("lu.mtx", "%%MatrixMarket matrix coordinate pattern general", "% a comment", "%another", "",
                "3 4 4", "1 1", "2 3", "% inside", "3 4", "  3   1  ");
        try (TensorSource s = TensorSource.open(p)) {
            TensorInfo info = s.info("lu");
            assertEquals("BOOL", info.dtype());
            assertArrayEquals(new long[] {3, 4}, info.shape());
            assertEquals(Mask.fromRowStrings(List.of("1000", "0010", "1001")), s.mask("lu"));
            assertFormatError(p, "lu", () -> s.dense("lu"), "pattern file has no values");
        }
    }

    @Test
    void coordinatePatternSymmetricIsMirrored() throws IOException {
        Path p = mtx("s.mtx", "%%MatrixMarket matrix coordinate pattern symmetric", "3 3 3", "1 1", "3 1", "3 2");
        assertEquals(Mask.fromRowStrings(List.of("101", "001", "110")), MatrixFiles.readMask(p));
    }

    @Test
    void coordinateRealExplicitZerosDuplicatesAndFortranExponents() throws IOException {
        Path p = mtx("r.mtx", "%%MatrixMarket matrix coordinate real general", "2 3 5", "1 1 1.5", "1 2 0.0",
                "2 3 -2.5D+00", "1 1 1.0e0", "2 1 -0");
        assertEquals(Mask.fromRowStrings(List.of("100", "001")), MatrixFiles.readMask(p), "explicit zeros are not support");
        assertArrayEquals(new double[] {2.5, 0, 0, 0, 0, -2.5}, MatrixFiles.readDense(p).data(), "duplicates sum");
    }

    @Test
    void coordinateSkewSymmetricAndInteger() throws IOException {
        Path p = mtx("k.mtx", "%%MatrixMarket matrix coordinate integer skew-symmetric", "3 3 2", "2 1 4", "3 2 -7");
        assertArrayEquals(new double[] {0, -4, 0, 4, 0, 7, 0, -7, 0}, MatrixFiles.readDense(p).data());
        assertEquals(Mask.fromRowStrings(List.of("010", "101", "010")), MatrixFiles.readMask(p));
    }

    @Test
    void coordinateComplexHermitian() throws IOException {
        Path p = mtx("h.mtx", "%%MatrixMarket matrix coordinate complex hermitian", "2 2 2", "1 1 3 0", "2 1 1 2");
        ComplexMatrix c = MatrixFiles.readComplex(p);
        assertArrayEquals(new double[] {3, 1, 1, 0}, c.re());
        assertArrayEquals(new double[] {0, -2, 2, 0}, c.im());
        assertFormatError(p, "h", () -> MatrixFiles.readDense(p), "complex");
    }

    @Test
    void arrayRealGeneralIsColumnMajor() throws IOException {
        Path p = mtx("a.mtx", "%%MatrixMarket matrix array real general", "% values by column", "2 3",
                "1", "4", "0", "5", "3", "-0.0");
        DenseMatrix d = MatrixFiles.readDense(p);
        assertArrayEquals(new double[] {1, 0, 3, 4, 5, -0.0}, d.data());
        assertEquals(Mask.fromRowStrings(List.of("101", "110")), MatrixFiles.readMask(p));
    }

    @Test
    void arraySymmetricListsTheLowerTriangle() throws IOException {
        Path p = mtx("as.mtx", "%%MatrixMarket matrix array real symmetric", "3 3", "1", "2", "3", "4", "5", "6");
        assertArrayEquals(new double[] {1, 2, 3, 2, 4, 5, 3, 5, 6}, MatrixFiles.readDense(p).data());
    }

    @Test
    void arrayComplexAndIntegerGeneral() throws IOException {
        Path c = mtx("ac.mtx", "%%MatrixMarket matrix array complex general", "1 2", "1 -1", "0 2");
        ComplexMatrix z = MatrixFiles.readComplex(c);
        assertArrayEquals(new double[] {1, 0}, z.re());
        assertArrayEquals(new double[] {-1, 2}, z.im());
        Path i = mtx("ai.mtx", "%%MatrixMarket matrix array integer general", "2 1", "7", "0");
        assertEquals(Mask.fromRowStrings(List.of("1", "0")), MatrixFiles.readMask(i));
    }

    @Test
    void nanIsSupportButNotATarget() throws IOException {
        Path p = mtx("n.mtx", "%%MatrixMarket matrix coordinate real general", "1 2 1", "1 2 NaN");
        assertEquals(Mask.fromRowStrings(List.of("01")), MatrixFiles.readMask(p));
        assertFormatError(p, "n", () -> MatrixFiles.readDense(p), "entry (0, 1)", "finite");
    }

    @Test
    void nanAndInfinitySpelledAsScipyPrintsThem() throws IOException {
        Path p = mtx("inf.mtx", "%%MatrixMarket matrix coordinate real general", "1 4 4", "1 1 nan", "1 2 -inf",
                "1 3 +Infinity", "1 4 0");
        assertEquals(Mask.fromRowStrings(List.of("1110")), MatrixFiles.readMask(p));
        assertFormatError(p, "inf", () -> MatrixFiles.readDense(p), "not finite");
    }

    @Test
    void badBannersAndSizeLines() throws IOException {
        String[][] cases = {
            {"%%MatrixMarket vector coordinate real general\n1 1 1\n1 1 1", "banner"},
            {"%MatrixMarket matrix coordinate real general\n1 1 1\n1 1 1", "not a MatrixMarket file"},
            {"%%MatrixMarket matrix coordinate bogus general\n1 1 1\n1 1 1", "unknown MatrixMarket field 'bogus'"},
            {"%%MatrixMarket matrix sparse real general\n1 1 1\n1 1 1", "unknown MatrixMarket format"},
            {"%%MatrixMarket matrix array pattern general\n1 1", "array files cannot be of field pattern"},
            {"%%MatrixMarket matrix coordinate pattern skew-symmetric\n2 2 1\n2 1", "pattern files are general or symmetric"},
            {"%%MatrixMarket matrix coordinate real hermitian\n2 2 1\n2 1 1", "hermitian files must be complex"},
            {"%%MatrixMarket matrix coordinate real symmetric\n2 3 1\n2 1 1", "must be square"},
            {"%%MatrixMarket matrix coordinate real general\n2 3\n1 1 1", "size line '2 3' should hold rows, columns and entries"},
            {"%%MatrixMarket matrix coordinate real general\n0 3 0", "empty shape"},
            {"%%MatrixMarket matrix coordinate real general\n2 2 5\n1 1 1", "declares 5 entries, more than the 4"},
            {"%%MatrixMarket matrix coordinate real general\n% only comments", "ends before its size line"},
        };
        for (int k = 0; k < cases.length; k++) {
            Path p = dir.resolve("b" + k + ".mtx");
            Files.writeString(p, cases[k][0] + "\n");
            assertFormatError(p, "b" + k, () -> MatrixFiles.readMask(p), cases[k][1]);
        }
    }

    @Test
    void badEntries() throws IOException {
        String h = "%%MatrixMarket matrix coordinate real general\n2 2 2\n";
        String[][] cases = {
            {h + "1 1 1\n", "file ends after 1 of the 2 entries declared"},
            {h + "1 1 1\n2 2 1\n1 2 1\n", "line 5: more entries than the 2 declared"},
            {h + "1 1 1\n3 1 1\n", "line 4: row index 3 outside 1..2"},
            {h + "1 1 1\n1 0 1\n", "column index 0 outside 1..2"},
            {h + "1 1 1\n1 x 1\n", "column index 'x' is not an integer"},
            {h + "1 1 1\n1 2\n", "2 fields where 3 were expected"},
            {h + "1 1 1\n1 2 1 4\n", "4 fields where 3 were expected"},
            {h + "1 1 one\n2 2 1\n", "value 'one' is not a number"},
            {"%%MatrixMarket matrix coordinate integer general\n1 1 1\n1 1 1.5\n", "not an integer (field integer)"},
            {"%%MatrixMarket matrix coordinate real symmetric\n2 2 1\n1 2 1\n", "above the diagonal"},
            {"%%MatrixMarket matrix coordinate real skew-symmetric\n2 2 1\n1 1 1\n", "diagonal entry (1, 1)"},
            {"%%MatrixMarket matrix array real general\n2 2\n1\n2\n3\n", "file ends after 3 of the 4"},
        };
        for (int k = 0; k < cases.length; k++) {
            Path p = dir.resolve("e" + k + ".mtx");
            Files.writeString(p, cases[k][0]);
            assertFormatError(p, "e" + k, () -> MatrixFiles.readMask(p), cases[k][1]);
        }
    }

    @Test
    void maskLimitsAreChecked() throws IOException {
        Path p = mtx("wide.mtx", "%%MatrixMarket matrix coordinate pattern general", "1 70000 1", "1 1");
        assertFormatError(p, "wide", () -> MatrixFiles.readMask(p), "exceeds the mask limit");
        Path d = mtx("big.mtx", "%%MatrixMarket matrix coordinate real general", "60000 60000 1", "1 1 1");
        assertFormatError(d, "big", () -> MatrixFiles.readDense(d), "more than the dense limit");
    }
}
