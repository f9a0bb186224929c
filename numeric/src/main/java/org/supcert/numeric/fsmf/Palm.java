package org.supcert.numeric.fsmf;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.supcert.support.SupportPair;

/**
 * PALM (proximal alternating linearized minimization; Le Magoarou and Gribonval 2016, FAuST's
 * palm4msa) for two factors: a projected gradient step on W_1 with step 1 / (c ||W_2||_2^2), then on
 * W_2 with step 1 / (c ||W_1||_2^2), where ||.||_2 is the spectral norm (the Lipschitz constant of
 * the partial gradient) and c = {@link #LIPSCHITZ_FACTOR}. The projection zeroes the entries outside
 * the masks.
 */
public final class Palm implements FsmfSolver {
    /** Step safety factor c > 1 (palm4msa uses 1.001). */
    public static final double LIPSCHITZ_FACTOR = 1.001;

    @Override
    public FsmfResult solve(DMatrixRMaj a, SupportPair s, FsmfOptions o) {
        FsmfMath.check(a, s);
        DMatrixRMaj[] w = FsmfMath.initial(a, s, o.seed());
        DMatrixRMaj w1 = w[0], w2 = w[1];
        FsmfTrace trace = new FsmfTrace();
        FsmfMath.record(trace, 0, a, w1, w2);
        double stop = o.tolerance() * FsmfMath.normSquared(a);
        DMatrixRMaj r = new DMatrixRMaj(a.numRows, a.numCols);
        DMatrixRMaj g1 = new DMatrixRMaj(w1.numRows, w1.numCols);
        DMatrixRMaj g2 = new DMatrixRMaj(w2.numRows, w2.numCols);
        for (int it = 1; it <= o.iterations(); it++) {
            // W_1 step: gradient (W1 W2 - A) W2^T
            double l1 = spectralSquared(w2);
            if (l1 > 0) {
                residual(a, w1, w2, r);
                CommonOps_DDRM.multTransB(r, w2, g1);
                CommonOps_DDRM.addEquals(w1, -1 / (LIPSCHITZ_FACTOR * l1), g1);
                FsmfMath.project(w1, s.left());
            }
            // W_2 step: gradient W1^T (W1 W2 - A)
            double l2 = spectralSquared(w1);
            if (l2 > 0) {
                residual(a, w1, w2, r);
                CommonOps_DDRM.multTransA(w1, r, g2);
                CommonOps_DDRM.addEquals(w2, -1 / (LIPSCHITZ_FACTOR * l2), g2);
                FsmfMath.project(w2, s.right());
            }
            FsmfMath.record(trace, it, a, w1, w2);
            if (trace.last().loss() <= stop) break;
        }
        double loss = trace.last().loss();
        return new FsmfResult("palm", w1, w2, loss, FsmfMath.relativeError(a, loss), trace, false);
    }

    private static void residual(DMatrixRMaj a, DMatrixRMaj w1, DMatrixRMaj w2, DMatrixRMaj r) {
        CommonOps_DDRM.mult(w1, w2, r);
        CommonOps_DDRM.subtractEquals(r, a);
    }

    private static double spectralSquared(DMatrixRMaj w) {
        double s = NormOps_DDRM.normP2(w);
        return s * s;
    }
}
