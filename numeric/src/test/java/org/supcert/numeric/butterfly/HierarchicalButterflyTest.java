package org.supcert.numeric.butterfly;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.supcert.numeric.matrix.Target;
import org.supcert.numeric.targets.Targets;

class HierarchicalButterflyTest {
    private static final double EXACT = 1e-12;

    private static void assertExact(Target t, ButterflyTree tree, int[] perm, String what) {
        ButterflyResult r = HierarchicalButterfly.factorize(t, tree, perm);
        assertTrue(r.relativeError() <= EXACT, what + " " + tree + ": relative error " + r.relativeError());
        // the streamed error agrees with the dense product
        if (t.rows() <= 256) {
            Target p = ButterflyProducts.dense(r.chain());
            assertTrue(denseRelError(t, p) <= EXACT, what + " " + tree + ": dense check " + denseRelError(t, p));
        }
    }

    static double denseRelError(Target a, Target b) {
        double e = 0, n = 0;
        for (int p = 0; p < a.re().length; p++) {
            double dr = a.re()[p] - b.re()[p];
            double di = (a.isComplex() ? a.im()[p] : 0) - (b.isComplex() ? b.im()[p] : 0);
            e += dr * dr + di * di;
            n += a.re()[p] * a.re()[p] + (a.isComplex() ? a.im()[p] * a.im()[p] : 0);
        }
        return Math.sqrt(e / n);
    }

    @ParameterizedTest
    @EnumSource(ButterflyTree.class)
    void recoversExactTargetsUpTo256(ButterflyTree tree) {
        for (int n = 2; n <= 256; n *= 2) {
            assertExact(Targets.hadamard(n), tree, null, "hadamard " + n);
            assertExact(Targets.randomButterfly(n, 11 + n), tree, null, "random " + n);
            assertExact(Targets.dft(n, false), tree, Targets.bitReversal(n), "dft " + n);
            assertExact(Targets.dft(n, true), tree, Targets.bitReversal(n), "unitary dft " + n);
            assertExact(ButterflyProducts.dense(Targets.randomButterflyChain(n, 5 + n, true)), tree, null,
                    "complex random " + n);
        }
    }

    @ParameterizedTest
    @EnumSource(ButterflyTree.class)
    void recoversExactTargetsUpTo1024(ButterflyTree tree) {
        assertExact(Targets.hadamard(1024), tree, null, "hadamard 1024");
        assertExact(Targets.dft(512, false), tree, Targets.bitReversal(512), "dft 512");
        assertExact(Targets.randomButterfly(1024, 3), tree, null, "random 1024");
    }

    @Tag("slow")
    @ParameterizedTest
    @EnumSource(ButterflyTree.class)
    void recoversExactTargetsUpTo4096(ButterflyTree tree) {
        for (int n = 2048; n <= 4096; n *= 2) {
            assertExact(Targets.hadamard(n), tree, null, "hadamard " + n);
            assertExact(Targets.randomButterfly(n, 17), tree, null, "random " + n);
            assertExact(Targets.dft(n, false), tree, Targets.bitReversal(n), "dft " + n);
        }
    }

    @ParameterizedTest
    @EnumSource(ButterflyTree.class)
    void hadamardIsRecoveredToTheLastBit(ButterflyTree tree) {
        // +-1 data, unit-pivot left vectors and power-of-two balancing: no rounding anywhere
        for (int n = 2; n <= 1024; n *= 2) {
            ButterflyResult r = HierarchicalButterfly.factorize(Targets.hadamard(n), tree, null);
            assertEquals(0.0, r.relativeError(), "hadamard " + n + " " + tree);
        }
    }

    @Test
    void dftWithoutBitReversalIsNotAButterfly() {
        ButterflyResult r = HierarchicalButterfly.factorize(Targets.dft(64, false), ButterflyTree.BALANCED, null);
        assertTrue(r.relativeError() > 0.1, "the DFT needs the bit reversal; error was " + r.relativeError());
    }

    @Test
    void levelErrorsOfAnExactTargetAreTiny() {
        ButterflyResult r = HierarchicalButterfly.factorize(Targets.hadamard(64), ButterflyTree.RIGHT_COMB, null);
        assertEquals(5, r.levelErrors().length);
        for (double e : r.levelErrors()) assertTrue(e < 1e-13, "level error " + e);
        assertEquals(6, r.chain().factors().size());
        assertTrue(r.seconds() >= 0);
    }

    @Test
    void scalingInvariance() {
        // D1 A D2 is again a butterfly product: recovered as exactly as A
        int n = 128;
        Target a = Targets.randomButterfly(n, 42);
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(9);
        double[] d1 = new double[n], d2 = new double[n];
        for (int i = 0; i < n; i++) {
            d1[i] = Math.exp(3 * (rnd.nextDouble() - 0.5));
            d2[i] = -Math.exp(3 * (rnd.nextDouble() - 0.5));
        }
        double[] s = a.re().clone();
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) s[i * n + j] *= d1[i] * d2[j];
        for (ButterflyTree tree : ButterflyTree.values()) {
            ButterflyResult r = HierarchicalButterfly.factorize(Target.real(n, n, s), tree, null);
            assertTrue(r.relativeError() <= EXACT, tree + ": " + r.relativeError());
        }
    }

    @ParameterizedTest
    @EnumSource(ButterflyTree.class)
    void recoveredHadamardAndDftFactorsAreScaledUnitary(ButterflyTree tree) {
        // H_N and the DFT are (scaled) unitary; the recovered factors are too: W W^H = c I per factor
        for (Target t : List.of(Targets.hadamard(64), Targets.dft(64, true))) {
            int[] perm = t.isComplex() ? Targets.bitReversal(64) : null;
            ButterflyResult r = HierarchicalButterfly.factorize(t, tree, perm);
            for (ButterflyFactor f : r.chain().factors()) {
                double dev = unitaryDeviation(f);
                assertTrue(dev < 1e-12, tree + " " + f + ": ||W W^H / c - I|| = " + dev);
            }
        }
    }

    /** max |(W W^H)_ij / c - delta_ij| with c the mean diagonal. */
    static double unitaryDeviation(ButterflyFactor f) {
        int n = f.rows();
        double[][] gr = new double[n][n], gi = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double sr = 0, si = 0;
                for (int k = 0; k < f.cols(); k++) { // W_ik conj(W_jk)
                    double ar = f.getRe(i, k), ai = f.getIm(i, k), br = f.getRe(j, k), bi = -f.getIm(j, k);
                    sr += ar * br - ai * bi;
                    si += ar * bi + ai * br;
                }
                gr[i][j] = sr;
                gi[i][j] = si;
            }
        }
        double c = 0;
        for (int i = 0; i < n; i++) c += gr[i][i] / n;
        double dev = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                dev = Math.max(dev, Math.hypot(gr[i][j] / c - (i == j ? 1 : 0), gi[i][j] / c));
            }
        }
        return dev;
    }

    @ParameterizedTest
    @EnumSource(ButterflyTree.class)
    void noisyTargetsStayWithinTheoremVII(ButterflyTree tree) {
        // error <= (2^(L-1) - 1) E*, and E* <= ||A - clean|| (the exact factors are feasible)
        int n = 64, levels = 6;
        for (long seed = 1; seed <= 5; seed++) {
            for (double level : new double[] {1e-3, 0.1, 0.5}) {
                Target clean = Targets.randomButterfly(n, seed);
                Target noisy = Targets.withNoise(clean, level, 100 + seed);
                ButterflyResult r = HierarchicalButterfly.factorize(noisy, tree, null);
                double eStar = level * Math.sqrt(clean.frobeniusNormSquared() / noisy.frobeniusNormSquared());
                double bound = ((1 << (levels - 1)) - 1) * eStar;
                assertTrue(r.relativeError() <= bound, tree + " seed " + seed + " level " + level + ": error "
                        + r.relativeError() + " > bound " + bound);
                assertTrue(r.relativeError() > 0, "noise must leave a residual");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ButterflyTree.class)
    void aColumnPermutationReadInPlaceGivesTheFactorsOfThePermutedCopy(ButterflyTree tree) {
        // the root's permutation is applied by the first split's gather, in its own task order; on a
        // noisy target (no exact fit to hide a wrong block) the factors must be those of the
        // explicitly permuted target, bit for bit; 1024 runs the split in parallel chunks
        for (int n : new int[] {64, 1024}) {
            Target noisy = Targets.withNoise(Targets.dft(n, false), 0.05, 3);
            int[] perm = Targets.bitReversal(n);
            ButterflyChain inPlace = HierarchicalButterfly.factorize(noisy, tree, perm).chain();
            ButterflyChain copied = HierarchicalButterfly.factorize(noisy.permuteColumns(perm), tree, null).chain();
            assertEquals(copied.factors().size(), inPlace.factors().size());
            for (int i = 0; i < copied.factors().size(); i++) {
                assertArrayEquals(copied.factors().get(i).re(), inPlace.factors().get(i).re(), tree + " n " + n + " W" + i);
                assertArrayEquals(copied.factors().get(i).im(), inPlace.factors().get(i).im(), tree + " n " + n + " W" + i);
            }
        }
    }

    @Test
    void noisyDftStaysWithinTheoremVII() {
        int n = 128, levels = 7;
        Target clean = Targets.dft(n, true);
        Target noisy = Targets.withNoise(clean, 0.05, 3);
        ButterflyResult r = HierarchicalButterfly.factorize(noisy, ButterflyTree.BALANCED, Targets.bitReversal(n));
        double eStar = 0.05 * Math.sqrt(clean.frobeniusNormSquared() / noisy.frobeniusNormSquared());
        assertTrue(r.relativeError() <= ((1 << (levels - 1)) - 1) * eStar, "error " + r.relativeError());
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class,
                () -> HierarchicalButterfly.factorize(Target.real(3, 3, new double[9]), ButterflyTree.BALANCED, null));
        assertThrows(IllegalArgumentException.class,
                () -> HierarchicalButterfly.factorize(Target.real(4, 8, new double[32]), ButterflyTree.BALANCED, null));
        double[] v = Targets.hadamard(8).re().clone();
        v[13] = Double.NaN;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HierarchicalButterfly.factorize(Target.real(8, 8, v), ButterflyTree.BALANCED, null));
        assertTrue(e.getMessage().contains("(1, 5)"), e.getMessage());
        v[13] = Double.POSITIVE_INFINITY;
        assertThrows(IllegalArgumentException.class,
                () -> HierarchicalButterfly.factorize(Target.real(8, 8, v), ButterflyTree.BALANCED, null));
        assertThrows(IllegalArgumentException.class, () -> new ButterflyArchitecture(List.of(
                new ButterflyArchitecture.Form(1, 2, 2, 2), new ButterflyArchitecture.Form(1, 2, 2, 1))));
    }
}
