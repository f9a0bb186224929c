package org.supcert.numeric.targets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supcert.io.InputException;
import org.supcert.numeric.matrix.Target;

/** File targets and their +noise suffix, as the butterfly and factor commands load them. */
class TargetSpecLoadTest {
    @TempDir
    Path tmp;

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void aRealFileIsARealTargetInRowMajorOrder() throws IOException {
        // MatrixMarket arrays are column-major: [[1, 2], [3, 4]]
        Path f = write("a.mtx", "%%MatrixMarket matrix array real general\n2 2\n1\n3\n2\n4\n");
        TargetSpec s = TargetSpec.load(f.toString());
        assertFalse(s.target().isComplex());
        assertArrayEquals(new double[] {1, 2, 3, 4}, s.target().re());
        assertNull(s.permutation());
    }

    @Test
    void aComplexFileStaysComplex() throws IOException {
        Path f = write("c.mtx", "%%MatrixMarket matrix array complex general\n1 2\n1 0\n0 -1\n");
        Target t = TargetSpec.load(f.toString()).target();
        assertTrue(t.isComplex());
        assertArrayEquals(new double[] {0, -1}, t.im());
    }

    @Test
    void noiseOnAFileIsSeededAndHasTheRequestedLevel() throws IOException {
        Path f = write("a.mtx", "%%MatrixMarket matrix array real general\n2 2\n1\n3\n2\n4\n");
        Target a = TargetSpec.load(f.toString()).target();
        Target n1 = TargetSpec.load(f + "+noise:0.1:7").target();
        Target n2 = TargetSpec.load(f + "+noise:0.1:7").target();
        assertArrayEquals(n1.re(), n2.re());
        double diff = 0;
        for (int p = 0; p < 4; p++) diff += Math.pow(n1.re()[p] - a.re()[p], 2);
        assertEquals(0.1, Math.sqrt(diff / a.frobeniusNormSquared()), 1e-12);
    }

    @Test
    void badSuffixOrNonFiniteEntriesNameTheInput() throws IOException {
        Path f = write("a.mtx", "%%MatrixMarket matrix array real general\n1 1\n1\n");
        InputException e = assertThrows(InputException.class, () -> TargetSpec.load(f + "+noise:x:7"));
        assertTrue(e.getMessage().startsWith(f + "+noise:x:7: noise LEVEL 'x' is not a number"), e.getMessage());
        e = assertThrows(InputException.class, () -> TargetSpec.load(f + "+noise:1"));
        assertTrue(e.getMessage().startsWith(f + "+noise:1: the suffix must be +noise:LEVEL:SEED"), e.getMessage());
        e = assertThrows(InputException.class, () -> TargetSpec.load(f + "+noise:-1:7"));
        assertTrue(e.getMessage().contains(f + "+noise:-1:7"), e.getMessage());
        Path inf = write("inf.mtx", "%%MatrixMarket matrix array real general\n1 1\n1e999\n");
        e = assertThrows(InputException.class, () -> TargetSpec.load(inf.toString()));
        assertTrue(e.getMessage().startsWith(inf + ":") && e.getMessage().contains("finite"), e.getMessage());
    }

    @Test
    void builtInsAreParsedAsBefore() {
        TargetSpec s = TargetSpec.load("dft:8");
        assertTrue(s.target().isComplex());
        assertArrayEquals(Targets.bitReversal(8), s.permutation());
    }

    /** A wrong N is named once, with the specification it came from. */
    @Test
    void aWrongSizeIsReportedOnce() {
        for (String spec : new String[] {"hadamard:3", "dft:0", "random-butterfly:12:7"}) {
            InputException e = assertThrows(InputException.class, () -> TargetSpec.load(spec));
            String n = spec.split(":")[1];
            assertEquals(spec + ": N = " + n + " is not a power of two >= 2", e.getMessage());
        }
    }
}
