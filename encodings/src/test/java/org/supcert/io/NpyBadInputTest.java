package org.supcert.io;

import static org.supcert.io.TestFiles.assertFormatError;
import static org.supcert.io.TestFiles.encode;
import static org.supcert.io.TestFiles.npy;
import static org.supcert.io.TestFiles.npyRaw;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpyBadInputTest {
    private static final ByteOrder LE = ByteOrder.LITTLE_ENDIAN;

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    @Test
    void missingFile() {
        Path p = dir.resolve("absent.npy");
        assertFormatError(p, null, () -> TensorSource.open(p), "no such file");
    }

    @Test
    void wrongMagic() throws IOException {
        byte[] b = npy(1, "<f8", false, "(1,)", encode("f8", LE, 1));
        b[1] = 'X';
        Path p = write("m.npy", b);
        assertFormatError(p, "m", () -> TensorSource.open(p), "magic");
    }

    @Test
    void unknownVersion() throws IOException {
        byte[] b = npy(1, "<f8", false, "(1,)", encode("f8", LE, 1));
        b[6] = 4;
        Path p = write("v.npy", b);
        assertFormatError(p, "v", () -> TensorSource.open(p), "version 4.0");
    }

    @Test
    void headerLengthPastTheEnd() throws IOException {
        byte[] b = npy(1, "<f8", false, "(1,)", encode("f8", LE, 1));
        b[8] = (byte) 0xff;
        b[9] = (byte) 0x7f;
        Path p = write("h.npy", b);
        assertFormatError(p, "h", () -> TensorSource.open(p), "header length 32767", "past the end");
    }

    @Test
    void absurdVersion2HeaderLength() throws IOException {
        byte[] b = npy(2, "<f8", false, "(1,)", encode("f8", LE, 1));
        b[11] = 0x7f; // u32 length around 2 GB
        Path p = write("h2.npy", b);
        assertFormatError(p, "h2", () -> TensorSource.open(p), "exceeds the limit");
    }

    @Test
    void truncatedInsideTheHeader() throws IOException {
        byte[] b = npy(1, "<f8", false, "(1,)", encode("f8", LE, 1));
        Path p = write("t.npy", Arrays.copyOf(b, 9));
        assertFormatError(p, "t", () -> TensorSource.open(p), "truncated");
    }

    @Test
    void malformedDictionaries() throws IOException {
        String[][] cases = {
            {"{'descr': '<f8', 'shape': (1,), }", "keys"},
            {"{'descr': '<f8', 'fortran_order': False, 'shape': (1,), 'extra': 1}", "keys"},
            {"{'descr': '<f8', 'fortran_order': 0, 'shape': (1,), }", "fortran_order"},
            {"{'descr': '<f8', 'fortran_order': False, 'shape': 3, }", "shape"},
            {"{'descr': '<f8', 'fortran_order': False, 'shape': (-1,), }", "non-negative"},
            {"{'descr': '<f8', 'fortran_order': False, 'shape': (1,)", "malformed"},
            {"['descr', '<f8']", "not a dict"},
            {"{'descr': [('a', '<f8')], 'fortran_order': False, 'shape': (1,), }", "structured"},
            {"{'descr': '<f8', 'fortran_order': False, 'shape': (1,), } junk", "malformed"},
        };
        int k = 0;
        for (String[] c : cases) {
            Path p = write("d" + k + ".npy", npyRaw(1, c[0], encode("f8", LE, 1)));
            assertFormatError(p, "d" + k, () -> TensorSource.open(p), c[1]);
            k++;
        }
    }

    @Test
    void unsupportedDtypeIsNamedWhenRead() throws IOException {
        Path p = write("s.npy", npy(1, "<U2", false, "(1,)", new byte[8]));
        try (TensorSource s = TensorSource.open(p)) {
            assertFormatError(p, "s", () -> s.mask("s"), "unsupported dtype <U2");
        }
    }

    @Test
    void truncatedData() throws IOException {
        byte[] b = npy(1, "<f8", false, "(2, 3)", encode("f8", LE, 1, 2, 3, 4, 5, 6));
        Path p = write("short.npy", Arrays.copyOf(b, b.length - 8));
        assertFormatError(p, "short", () -> TensorSource.open(p), "needs 48 data bytes, 40 follow", "truncated");
    }

    @Test
    void shapeClaimsFewerElementsThanStored() throws IOException {
        Path p = write("long.npy", npy(1, "<f8", false, "(2, 2)", encode("f8", LE, 1, 2, 3, 4, 5, 6)));
        assertFormatError(p, "long", () -> TensorSource.open(p), "needs 32 data bytes, 48 follow");
    }

    @Test
    void maskShapeBeyondTheLimit() throws IOException {
        Path p = write("wide.npy", npy(1, "|u1", false, "(1, 70000)", new byte[70000]));
        try (TensorSource s = TensorSource.open(p)) {
            assertFormatError(p, "wide", () -> s.mask("wide"), "exceeds the mask limit of 65536");
        }
    }

    @Test
    void emptyArrayHasNoMask() throws IOException {
        Path p = write("e.npy", npy(1, "<f8", false, "(0, 3)", new byte[0]));
        try (TensorSource s = TensorSource.open(p)) {
            assertFormatError(p, "e", () -> s.mask("e"), "empty");
        }
    }

    @Test
    void unknownTensorNameListsTheKnownOnes() throws IOException {
        Path p = write("W.npy", npy(1, "<f8", false, "(1,)", encode("f8", LE, 1)));
        try (TensorSource s = TensorSource.open(p)) {
            assertFormatError(p, "V", () -> s.mask("V"), "no such tensor", "W");
        }
    }
}
