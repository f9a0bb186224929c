package org.supcert.numeric.fsmf;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.decomposition.chol.CholeskyDecompositionInner_DDRM;
import org.ejml.dense.row.linsol.chol.LinearSolverChol_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.supcert.support.SupportPair;

/**
 * Alternating least squares over the support: with W_2 fixed, row i of W_1 restricted to its allowed
 * entries S_i solves min ||A[i, :] - W_1[i, S_i] W_2[S_i, :]||; with W_1 fixed, column j of W_2 on its
 * allowed entries T_j solves min ||A[:, j] - W_1[:, T_j] W_2[T_j, j]||. Each is a small least-squares
 * problem, solved through its normal equations (Cholesky; the minimum-norm solution by pseudo-inverse
 * when singular), so the loss never increases.
 */
public final class AlternatingLeastSquares implements FsmfSolver {
    /**
     * A Gram block counts as singular (and the pseudo-inverse is used instead of Cholesky) when
     * (min pivot / max pivot)^2 of its Cholesky factor, a cheap reciprocal-condition estimate, is
     * below this.
     */
    public static final double SINGULAR_QUALITY = 1e-13;

    @Override
    public FsmfResult solve(DMatrixRMaj a, SupportPair s, FsmfOptions o) {
        FsmfMath.check(a, s);
        DMatrixRMaj[] w = FsmfMath.initial(a, s, o.seed());
        DMatrixRMaj w1 = w[0], w2 = w[1];
        FsmfTrace trace = new FsmfTrace();
        FsmfMath.record(trace, 0, a, w1, w2);
        double stop = o.tolerance() * FsmfMath.normSquared(a);
        for (int it = 1; it <= o.iterations(); it++) {
            updateLeft(a, s, w1, w2);
            updateRight(a, s, w1, w2);
            FsmfMath.record(trace, it, a, w1, w2);
            if (trace.last().loss() <= stop) break;
        }
        double loss = trace.last().loss();
        return new FsmfResult("als", w1, w2, loss, FsmfMath.relativeError(a, loss), trace, false);
    }

    /**
     * All rows of W_1 at once: the normal equations of row i are G[S_i, S_i] z = B[i, S_i] with
     * G = W_2 W_2^T and B = A W_2^T, each computed once per sweep (so a sweep costs two matrix
     * products plus one small |S_i| x |S_i| solve per row, not one least-squares factorization of
     * an n x |S_i| matrix per row).
     */
    private static void updateLeft(DMatrixRMaj a, SupportPair s, DMatrixRMaj w1, DMatrixRMaj w2) {
        DMatrixRMaj g = new DMatrixRMaj(w2.numRows, w2.numRows);
        CommonOps_DDRM.multTransB(w2, w2, g);
        DMatrixRMaj b = new DMatrixRMaj(a.numRows, w2.numRows);
        CommonOps_DDRM.multTransB(a, w2, b);
        for (int i = 0; i < a.numRows; i++) {
            int[] idx = s.left().row(i);
            if (idx.length == 0) continue;
            DMatrixRMaj z = solveNormal(g, idx, b, i, true);
            for (int q = 0; q < idx.length; q++) w1.set(i, idx[q], z.get(q, 0));
        }
    }

    /** All columns of W_2 at once: H[T_j, T_j] z = C[T_j, j] with H = W_1^T W_1, C = W_1^T A. */
    private static void updateRight(DMatrixRMaj a, SupportPair s, DMatrixRMaj w1, DMatrixRMaj w2) {
        DMatrixRMaj h = new DMatrixRMaj(w1.numCols, w1.numCols);
        CommonOps_DDRM.multTransA(w1, w1, h);
        DMatrixRMaj c = new DMatrixRMaj(w1.numCols, a.numCols);
        CommonOps_DDRM.multTransA(w1, a, c);
        for (int j = 0; j < a.numCols; j++) {
            int[] idx = s.right().column(j);
            if (idx.length == 0) continue;
            DMatrixRMaj z = solveNormal(h, idx, c, j, false);
            for (int q = 0; q < idx.length; q++) w2.set(idx[q], j, z.get(q, 0));
        }
    }

    /**
     * Solves gram[idx, idx] z = rhs restricted to idx (row {@code line} of rhs when {@code rowWise},
     * else its column). Cholesky first; a singular system (rank-deficient least squares) takes the
     * minimum-norm solution from the pseudo-inverse, which is also the minimum-norm least-squares
     * solution of the original problem.
     */
    private static double pivotRatio(DMatrixRMaj t) {
        double lo = Double.POSITIVE_INFINITY, hi = 0;
        for (int p = 0; p < t.numRows; p++) {
            double v = Math.abs(t.get(p, p));
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return hi == 0 ? 0 : (lo / hi) * (lo / hi);
    }

    static DMatrixRMaj solveNormal(DMatrixRMaj gram, int[] idx, DMatrixRMaj rhs, int line, boolean rowWise) {
        int k = idx.length;
        DMatrixRMaj g = new DMatrixRMaj(k, k);
        DMatrixRMaj r = new DMatrixRMaj(k, 1);
        for (int p = 0; p < k; p++) {
            for (int q = 0; q < k; q++) g.set(p, q, gram.get(idx[p], idx[q]));
            r.set(p, 0, rowWise ? rhs.get(line, idx[p]) : rhs.get(idx[p], line));
        }
        DMatrixRMaj z = new DMatrixRMaj(k, 1);
        CholeskyDecompositionInner_DDRM dec = new CholeskyDecompositionInner_DDRM(true);
        LinearSolverChol_DDRM chol = new LinearSolverChol_DDRM(dec);
        if (chol.setA(g.copy()) && pivotRatio(dec.getT()) > SINGULAR_QUALITY) {
            chol.solve(r, z);
            boolean finite = true;
            for (int p = 0; p < k; p++) finite &= Double.isFinite(z.get(p, 0));
            if (finite) return z;
        }
        LinearSolverDense<DMatrixRMaj> pinv = LinearSolverFactory_DDRM.pseudoInverse(true);
        if (!pinv.setA(g)) throw new ArithmeticException("pseudo-inverse of a " + k + " x " + k + " Gram block failed");
        pinv.solve(r, z);
        return z;
    }
}
