package org.supcert.numeric.targets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.supcert.numeric.matrix.Target;

class TargetsTest {

    /** max |(A A^H)_ij - s delta_ij|. */
    private static double gramDeviation(Target a, double s) {
        int n = a.rows();
        double dev = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double re = 0, im = 0;
                for (int k = 0; k < a.cols(); k++) {
                    double ar = a.re()[i * n + k], ai = a.isComplex() ? a.im()[i * n + k] : 0;
                    double br = a.re()[j * n + k], bi = a.isComplex() ? -a.im()[j * n + k] : 0;
                    re += ar * br - ai * bi;
                    im += ar * bi + ai * br;
                }
                dev = Math.max(dev, Math.hypot(re - (i == j ? s : 0), im));
            }
        }
        return dev;
    }

    @Test
    void transformsHaveTheirDocumentedNormalization() {
        assertTrue(gramDeviation(Targets.hadamard(32), 32) < 1e-12);
        assertTrue(gramDeviation(Targets.dft(32, false), 32) < 1e-11);
        assertTrue(gramDeviation(Targets.dft(32, true), 1) < 1e-13);
        assertTrue(gramDeviation(Targets.dct2(32), 1) < 1e-13);
        Target f = Targets.dft(8, false);
        assertEquals(Math.cos(2 * Math.PI * 3 / 8), f.re()[8 + 3], 1e-15); // F[1][3] = exp(-2 pi i 3/8)
        assertEquals(-Math.sin(2 * Math.PI * 3 / 8), f.im()[8 + 3], 1e-15);
    }

    @Test
    void bitReversalIsAnInvolution() {
        int[] p = Targets.bitReversal(16);
        assertEquals(8, p[1]);
        assertEquals(3, p[12]);
        for (int i = 0; i < 16; i++) assertEquals(i, p[p[i]]);
    }

    @Test
    void noiseHasTheRequestedRelativeLevelAndIsSeeded() {
        Target a = Targets.hadamard(16);
        Target b = Targets.withNoise(a, 0.25, 7);
        double e = 0;
        for (int p = 0; p < a.re().length; p++) e += (a.re()[p] - b.re()[p]) * (a.re()[p] - b.re()[p]);
        assertEquals(0.25, Math.sqrt(e / a.frobeniusNormSquared()), 1e-12);
        assertArrayEquals(b.re(), Targets.withNoise(a, 0.25, 7).re());
        assertFalse(java.util.Arrays.equals(b.re(), Targets.withNoise(a, 0.25, 8).re()));
        assertTrue(Targets.withNoise(Targets.dft(8, true), 0.1, 1).isComplex());
    }

    @Test
    void specsParseAndRejectNonsenseWithTheSpecInTheMessage() {
        TargetSpec s = TargetSpec.parse("dft:64+noise:0.01:5");
        assertEquals(64, s.target().rows());
        assertTrue(s.target().isComplex());
        assertEquals(8 * 4, s.permutation()[1] * 1); // bit reversal of 1 in 6 bits is 32
        assertNull(TargetSpec.parse("hadamard:8").permutation());
        assertEquals(16, TargetSpec.parse("random-butterfly:16:3").target().cols());
        assertTrue(TargetSpec.isBuiltIn("dct:8"));
        assertFalse(TargetSpec.isBuiltIn("matrix.npy"));
        for (String bad : new String[] {"hadamard:12", "hadamard:x", "dft", "random-butterfly:8", "bogus:8",
                "hadamard:8+noise:0.1", "hadamard:8+noise:-1:2", "hadamard:0"}) {
            org.supcert.io.InputException e = assertThrows(org.supcert.io.InputException.class, () -> TargetSpec.parse(bad), bad);
            assertTrue(e.getMessage().contains(bad.split("\\+")[0]) || e.getMessage().contains("noise"), e.getMessage());
        }
    }

    @Test
    void nonFiniteEntriesAreNamed() {
        double[] v = new double[4];
        v[3] = Double.NEGATIVE_INFINITY;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Target.real(2, 2, v).requireFinite("m.npy"));
        assertTrue(e.getMessage().startsWith("m.npy: entry (1, 1)"), e.getMessage());
    }

    @Test
    void largeTargetsAreCheckedInEveryChunkAndHugeFiniteEntriesPass() {
        int n = 1024; // 4 chunks of the parallel check
        double[] re = new double[n * n];
        java.util.Arrays.fill(re, -Double.MAX_VALUE);
        re[7] = Double.MIN_VALUE;
        Target finite = Target.real(n, n, re);
        assertSame(finite, finite.requireFinite("big"), "finite entries only");
        for (int chunk = 0; chunk < 4; chunk++) { // a NaN in each chunk in turn, at its last entry
            int p = (chunk + 1) * (1 << 18) - 1;
            re[p] = Double.NaN;
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Target.real(n, n, re).requireFinite("big"), "chunk " + chunk);
            assertTrue(e.getMessage().startsWith("big: entry (" + p / n + ", " + p % n + ") is NaN"), e.getMessage());
            re[p] = 1;
        }
        double[] im = new double[n * n];
        im[300_000] = Double.POSITIVE_INFINITY;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Target.complex(n, n, new double[n * n], im).requireFinite("z"));
        assertTrue(e.getMessage().startsWith("z: entry (292, 992) is Infinity"), e.getMessage());
    }

    @Test
    void hadamardIsSylvestersEntryByEntry() {
        int n = 64;
        double[] h = Targets.hadamard(n).re();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                assertEquals((Integer.bitCount(i & j) & 1) == 0 ? 1.0 : -1.0, h[i * n + j], "H[" + i + "][" + j + "]");
            }
        }
        // the parallel path (rows of a target with at least 2^18 entries) gives the same rows
        double[] big = Targets.hadamard(1024).re();
        for (int i : new int[] {0, 1, 513, 1023}) {
            for (int j = 0; j < 1024; j++) {
                assertEquals((Integer.bitCount(i & j) & 1) == 0 ? 1.0 : -1.0, big[i * 1024 + j], "H[" + i + "][" + j + "]");
            }
        }
    }

    @org.junit.jupiter.api.Test
    void theDftButterflyChainIsExactlyTheDft() {
        for (int n = 2; n <= 256; n *= 2) {
            double err = org.supcert.numeric.butterfly.ButterflyProducts.relativeError(Targets.dft(n, false),
                    Targets.dftButterflyChain(n));
            org.junit.jupiter.api.Assertions.assertTrue(err < 1e-13, "n = " + n + ": relative error " + err);
        }
    }
}
