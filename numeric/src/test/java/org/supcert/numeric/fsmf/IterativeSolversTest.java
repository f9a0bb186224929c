package org.supcert.numeric.fsmf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.supcert.support.Mask;
import org.supcert.support.SupportPair;

class IterativeSolversTest {

    static DMatrixRMaj productOnSupport(SupportPair s, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        DMatrixRMaj w1 = new DMatrixRMaj(s.rows(), s.inner()), w2 = new DMatrixRMaj(s.inner(), s.cols());
        for (int i = 0; i < s.rows(); i++) for (int k : s.left().row(i)) w1.set(i, k, rnd.nextDouble() * 2 - 1);
        for (int k = 0; k < s.inner(); k++) for (int j : s.right().row(k)) w2.set(k, j, rnd.nextDouble() * 2 - 1);
        DMatrixRMaj p = new DMatrixRMaj(s.rows(), s.cols());
        org.ejml.dense.row.CommonOps_DDRM.mult(w1, w2, p);
        return p;
    }

    @Test
    void bothSolversFitAnExactTargetOnADisjointSupportAndRespectTheMasks() {
        // two disjoint rank-one blocks (Theorem A family)
        SupportPair s = new SupportPair("blocks", Mask.fromRowStrings(List.of("10", "10", "01", "01")),
                Mask.fromRowStrings(List.of("1100", "0011")));
        DMatrixRMaj a = productOnSupport(s, 5);
        for (FsmfSolver solver : List.of(new AlternatingLeastSquares(), new Palm())) {
            FsmfResult r = solver.solve(a, s, new FsmfOptions(solver instanceof Palm ? 3000 : 50, 2, 0));
            assertTrue(r.relativeError() < 1e-6, r.method() + ": " + r.relativeError());
            for (int i = 0; i < 4; i++) for (int k = 0; k < 2; k++) {
                if (!s.left().get(i, k)) assertEquals(0, r.left().get(i, k), r.method() + " left support");
            }
            for (int k = 0; k < 2; k++) for (int j = 0; j < 4; j++) {
                if (!s.right().get(k, j)) assertEquals(0, r.right().get(k, j), r.method() + " right support");
            }
            List<FsmfTrace.Entry> t = r.trace().entries();
            for (int i = 1; i < t.size() && r.method().equals("als"); i++) {
                assertTrue(t.get(i).loss() <= t.get(i - 1).loss() + 1e-12 * t.get(0).loss(), "ALS loss increased at " + i + ": " + t);
            }
        }
    }

    @Test
    void badInputIsRejectedWithTheShape() {
        SupportPair s = DivergenceTraceTest.LU;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new AlternatingLeastSquares().solve(new DMatrixRMaj(3, 2), s, FsmfOptions.iterations(1)));
        assertTrue(e.getMessage().contains("3 x 2"), e.getMessage());
        DMatrixRMaj nan = new DMatrixRMaj(2, 2);
        nan.set(1, 0, Double.NaN);
        assertThrows(IllegalArgumentException.class, () -> new Palm().solve(nan, s, FsmfOptions.iterations(1)));
    }
}
