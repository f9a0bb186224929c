package org.supcert.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.supcert.io.TestFiles.assertFormatError;
import static org.supcert.io.TestFiles.encode;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supcert.support.Mask;

/** Format recognition and the single-matrix helpers, the same for every format. */
class TensorSourceTest {
    private static final ByteOrder LE = ByteOrder.LITTLE_ENDIAN;
    private static final Mask EYE = Mask.fromRowStrings(List.of("10", "01"));

    @TempDir
    Path dir;

    @Test
    void recognisesContentWhateverTheExtension() throws IOException {
        Path npy = dir.resolve("a.bin");
        Files.write(npy, TestFiles.npy(1, "<f8", false, "(2, 2)", encode("f8", LE, 1, 0, 0, 1)));
        Path mtx = dir.resolve("b.txt");
        Files.writeString(mtx, "%%MatrixMarket matrix coordinate pattern general\n2 2 2\n1 1\n2 2\n");
        Path npz = dir.resolve("c.data");
        TestFiles.zip(npz, Map.of("w.npy", TestFiles.npy(1, "|b1", false, "(2, 2)", new byte[] {1, 0, 0, 1})), false);
        Path st = dir.resolve("d.weights");
        Map<String, TestFiles.St> t = TestFiles.tensors();
        t.put("w", TestFiles.st("F32", TestFiles.shape(2, 2), encode("f4", LE, 2, 0, 0, 2)));
        TestFiles.safetensors(st, t, null);
        for (Path p : List.of(npy, mtx, npz, st)) assertEquals(EYE, MatrixFiles.readMask(p), p.toString());
    }

    @Test
    void aKnownExtensionDecidesOverContent() throws IOException {
        Path p = dir.resolve("W.npy");
        TestFiles.zip(p, Map.of("w.npy", TestFiles.npy(1, "|b1", false, "(1,)", new byte[] {1})), false);
        assertFormatError(p, "W", () -> TensorSource.open(p), "not a .npy array");
    }

    @Test
    void everySourceListsShapesAndDtypes() throws IOException {
        Path mtx = dir.resolve("m.mtx");
        Files.writeString(mtx, "%%MatrixMarket matrix coordinate complex general\n2 3 1\n1 1 1 1\n");
        try (TensorSource s = TensorSource.open(mtx)) {
            assertEquals("m C128 (2, 3)", s.info("m").toString());
            assertEquals(6, s.info("m").elementCount());
        }
    }

    @Test
    void unknownFormatsDirectoriesAndMissingFiles() throws IOException {
        Path txt = dir.resolve("notes.txt");
        Files.writeString(txt, "hello");
        assertFormatError(txt, null, () -> TensorSource.open(txt), "unrecognised format");
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertFormatError(empty, null, () -> TensorSource.open(empty), "holds none of model.safetensors.index.json");
        Path gone = dir.resolve("gone.safetensors");
        assertFormatError(gone, null, () -> TensorSource.open(gone), "no such file");
        assertFormatError(gone, null, () -> MatrixFiles.readMask(gone), "no such file");
    }

    @Test
    void singleMatrixHelpersRefuseFilesOfSeveralTensors() throws IOException {
        Path st = dir.resolve("two.safetensors");
        Map<String, TestFiles.St> t = TestFiles.tensors();
        t.put("a", TestFiles.st("U8", TestFiles.shape(1), new byte[] {1}));
        t.put("b", TestFiles.st("U8", TestFiles.shape(1), new byte[] {1}));
        TestFiles.safetensors(st, t, null);
        assertFormatError(st, null, () -> MatrixFiles.readDense(st), "holds 2 tensors");
    }
}
