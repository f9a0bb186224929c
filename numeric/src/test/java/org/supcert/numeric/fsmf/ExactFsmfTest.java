package org.supcert.numeric.fsmf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.supcert.support.Mask;
import org.supcert.support.SupportPair;

class ExactFsmfTest {
    private static DMatrixRMaj random(int m, int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        DMatrixRMaj a = new DMatrixRMaj(m, n);
        for (int k = 0; k < m * n; k++) a.data[k] = rnd.nextDouble() * 2 - 1;
        return a;
    }

    private static SupportPair pair(String name, List<String> left, List<String> right) {
        return new SupportPair(name, Mask.fromRowStrings(left), Mask.fromRowStrings(right));
    }

    /** Theorem A: two identical rank-one supports (a rank-2 class) and a disjoint block. */
    static final SupportPair THEOREM_A = pair("thmA", List.of("1100", "1100", "1100", "0011", "0010"),
            List.of("11100", "11100", "00011", "00011"));

    /** Theorem C: a complete class (column 0, a 1-row rectangle) absorbing the corner of an "L"-free rank-one class. */
    static final SupportPair THEOREM_C = pair("thmC", List.of("11", "01", "01"), List.of("111", "011"));

    private static void assertNeverBeaten(SupportPair s, DMatrixRMaj a) {
        FsmfResult exact = new ExactFsmf().solve(a, s, FsmfOptions.iterations(0));
        assertTrue(exact.globalOptimum());
        for (long seed = 1; seed <= 20; seed++) {
            FsmfResult als = new AlternatingLeastSquares().solve(a, s, new FsmfOptions(200, seed, 0));
            assertTrue(exact.loss() <= als.loss() + 1e-9, s.name() + ": ALS restart " + seed + " reached " + als.loss()
                    + " below the exact optimum " + exact.loss());
        }
        FsmfResult palm = new Palm().solve(a, s, new FsmfOptions(2000, 3, 0));
        assertTrue(exact.loss() <= palm.loss() + 1e-9, s.name() + ": PALM beat the exact optimum");
    }

    @Test
    void exactIsNeverBeatenByRandomRestarts() {
        for (long seed = 1; seed <= 3; seed++) {
            assertNeverBeaten(THEOREM_A, random(5, 5, seed));
            assertNeverBeaten(THEOREM_C, random(3, 3, 10 + seed));
        }
    }

    @Test
    void exactRecoversProductsOnTheSupport() {
        for (SupportPair s : List.of(THEOREM_A, THEOREM_C)) {
            DMatrixRMaj a = IterativeSolversTest.productOnSupport(s, 4);
            FsmfResult r = new ExactFsmf().solve(a, s, FsmfOptions.iterations(0));
            assertEquals(0, r.relativeError(), 1e-12, s.name());
            for (int i = 0; i < s.rows(); i++) for (int k = 0; k < s.inner(); k++) {
                if (!s.left().get(i, k)) assertEquals(0, r.left().get(i, k), s.name() + " left support");
            }
            for (int k = 0; k < s.inner(); k++) for (int j = 0; j < s.cols(); j++) {
                if (!s.right().get(k, j)) assertEquals(0, r.right().get(k, j), s.name() + " right support");
            }
        }
    }

    /** Theorem S, row form: a wide 6 x 20 x 6 pair (density 0.7), outside Theorem C, and with a complete class. */
    static SupportPair theoremS(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Mask.Builder l = new Mask.Builder(6, 21);
        Mask.Builder r = new Mask.Builder(21, 6);
        for (int i = 0; i < 6; i++) for (int k = 0; k < 20; k++) if (rnd.nextDouble() < 0.7) l.set(i, k);
        for (int k = 0; k < 20; k++) for (int j = 0; j < 6; j++) if (rnd.nextDouble() < 0.7) r.set(k, j);
        l.set(0, 20); // inner column 20: the single cell (0, 0), a complete class inside T
        r.set(20, 0);
        return new SupportPair("thmS" + seed, l.build(), r.build());
    }

    @Test
    void theoremSComponentsReachAOnTheSupportAndNothingElse() {
        for (long seed = 1; seed <= 4; seed++) {
            SupportPair s = theoremS(seed);
            DMatrixRMaj a = random(6, 6, 40 + seed);
            FsmfResult r = new ExactFsmf().solve(a, s, FsmfOptions.iterations(0));
            assertTrue(r.globalOptimum());
            // the optimum is A restricted to U: the error is exactly the part of A outside U
            Mask u = s.left().product(s.right());
            double outside = 0;
            for (int i = 0; i < 6; i++) for (int j = 0; j < 6; j++) if (!u.get(i, j)) outside += a.get(i, j) * a.get(i, j);
            assertEquals(outside, r.loss(), 1e-9 * (1 + outside), s.name());
            for (int i = 0; i < s.rows(); i++) for (int k = 0; k < s.inner(); k++) {
                if (!s.left().get(i, k)) assertEquals(0, r.left().get(i, k), s.name() + " left support");
            }
            for (int k = 0; k < s.inner(); k++) for (int j = 0; j < s.cols(); j++) {
                if (!s.right().get(k, j)) assertEquals(0, r.right().get(k, j), s.name() + " right support");
            }
            assertNeverBeaten(s, a);
        }
    }

    @Test
    void refusesSupportsOutsideTheoremC() {
        assertFalse(ExactFsmf.applies(DivergenceTraceTest.LU));
        org.supcert.io.InputException e = assertThrows(org.supcert.io.InputException.class,
                () -> new ExactFsmf().solve(DivergenceTraceTest.B, DivergenceTraceTest.LU, FsmfOptions.iterations(0)));
        assertTrue(e.getMessage().contains("lu2") && e.getMessage().contains("component"), e.getMessage());
        assertTrue(FsmfSolvers.byName("auto", DivergenceTraceTest.LU) instanceof AlternatingLeastSquares);
        assertTrue(FsmfSolvers.byName("auto", THEOREM_C) instanceof ExactFsmf);
    }
}
