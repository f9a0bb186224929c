package org.supcert.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supcert.io.TestFiles.assertFormatError;
import static org.supcert.io.TestFiles.columnMajor;
import static org.supcert.io.TestFiles.encode;
import static org.supcert.io.TestFiles.npy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.supcert.support.Mask;

class NpzReaderTest {
    private static final ByteOrder LE = ByteOrder.LITTLE_ENDIAN;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void storedAndDeflatedMembers(boolean stored) throws IOException {
        int rows = 40;
        int cols = 300; // larger than one stream chunk, to cross chunk boundaries
        double[] w = new double[rows * cols];
        Random rnd = new Random(11);
        for (int k = 0; k < w.length; k++) w[k] = rnd.nextInt(3) == 0 ? 0 : rnd.nextGaussian();
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("fc1.weight.npy", npy(1, "<f8", false, "(" + rows + ", " + cols + ")", encode("f8", LE, w)));
        m.put("fc2.weight.npy", npy(2, ">f4", true, "(" + rows + ", " + cols + ")",
                encode("f4", ByteOrder.BIG_ENDIAN, columnMajor(rows, cols, w))));
        m.put("notes.txt", "not an array".getBytes());
        Path p = dir.resolve(stored ? "s.npz" : "d.npz");
        TestFiles.zip(p, m, stored);
        try (TensorSource s = TensorSource.open(p)) {
            assertEquals(List.of("fc1.weight", "fc2.weight"), s.tensors().stream().map(TensorInfo::name).toList());
            assertEquals("F32", s.info("fc2.weight").dtype());
            Mask a = s.mask("fc1.weight");
            assertEquals(a, s.mask("fc2.weight"));
            for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) assertEquals(w[i * cols + j] != 0, a.get(i, j));
            assertArrayEquals(w, s.dense("fc1.weight").data());
            double[] f = s.dense("fc2.weight").data();
            for (int k = 0; k < w.length; k++) assertEquals((float) w[k], f[k], 0.0);
        }
    }

    @Test
    void zip64ArchiveWithMoreThan65535Members() throws IOException {
        int n = 65_600;
        Map<String, byte[]> m = new LinkedHashMap<>();
        byte[] one = npy(1, "|u1", false, "(1, 2)", new byte[] {1, 0});
        byte[] other = npy(1, "|u1", false, "(1, 2)", new byte[] {0, 1});
        for (int k = 0; k < n; k++) m.put("t" + k + ".npy", k % 2 == 0 ? one : other);
        Path p = dir.resolve("many.npz");
        TestFiles.zip(p, m, true);
        assertTrue(hasZip64EndRecord(p), "the writer produced a Zip64 end of central directory");
        try (TensorSource s = TensorSource.open(p)) {
            assertEquals(n, s.tensors().size());
            assertEquals(Mask.fromRowStrings(List.of("01")), s.mask("t" + (n - 1)));
            assertEquals(Mask.fromRowStrings(List.of("10")), s.mask("t0"));
        }
    }

    /** Looks for the Zip64 end-of-central-directory record signature (PK\6\6) near the end. */
    private static boolean hasZip64EndRecord(Path p) throws IOException {
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ)) {
            int tail = (int) Math.min(ch.size(), 1 << 16);
            ByteBuffer b = ByteBuffer.allocate(tail);
            ch.read(b, ch.size() - tail);
            byte[] a = b.array();
            for (int k = 0; k + 3 < a.length; k++) {
                if (a[k] == 'P' && a[k + 1] == 'K' && a[k + 2] == 6 && a[k + 3] == 6) return true;
            }
            return false;
        }
    }

    @Test
    void memberWithTruncatedData() throws IOException {
        byte[] full = npy(1, "<f8", false, "(2, 2)", encode("f8", LE, 1, 2, 3, 4));
        byte[] cut = java.util.Arrays.copyOf(full, full.length - 8);
        Path p = dir.resolve("cut.npz");
        TestFiles.zip(p, Map.of("w.npy", cut), false);
        assertFormatError(p, "w", () -> TensorSource.open(p), "needs 32 data bytes, 24 follow");
    }

    @Test
    void memberWithMalformedHeader() throws IOException {
        Path p = dir.resolve("bad.npz");
        TestFiles.zip(p, Map.of("w.npy", "PK garbage".getBytes()), false);
        assertFormatError(p, "w", () -> TensorSource.open(p), "magic");
    }

    @Test
    void corruptArchive() throws IOException {
        Path p = dir.resolve("broken.npz");
        Files.write(p, new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        assertFormatError(p, null, () -> TensorSource.open(p), "zip");
    }
}
