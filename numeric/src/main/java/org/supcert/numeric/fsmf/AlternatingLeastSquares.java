package org.supcert.numeric.fsmf;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.supcert.support.SupportPair;

/**
 * Alternating least squares over the support: with W_2 fixed, row i of W_1 restricted to its allowed
 * entries S_i solves min ||A[i, :] - W_1[i, S_i] W_2[S_i, :]||; with W_1 fixed, column j of W_2 on its
 * allowed entries T_j solves min ||A[:, j] - W_1[:, T_j] W_2[T_j, j]||. Each is a small least-squares
 * problem, solved with the minimum-norm solution (SVD pseudo-inverse), so the loss never increases.
 */
public final class AlternatingLeastSquares implements FsmfSolver {

    @Override
    public FsmfResult solve(DMatrixRMaj a, SupportPair s, FsmfOptions o) {
        FsmfMath.check(a, s);
        DMatrixRMaj[] w = FsmfMath.initial(a, s, o.seed());
        DMatrixRMaj w1 = w[0], w2 = w[1];
        FsmfTrace trace = new FsmfTrace();
        FsmfMath.record(trace, 0, a, w1, w2);
        double stop = o.tolerance() * normSquared(a);
        for (int it = 1; it <= o.iterations(); it++) {
            updateLeft(a, s, w1, w2);
            updateRight(a, s, w1, w2);
            FsmfMath.record(trace, it, a, w1, w2);
            if (trace.last().loss() <= stop) break;
        }
        double loss = trace.last().loss();
        double an = normSquared(a);
        return new FsmfResult("als", w1, w2, loss, an == 0 ? Math.sqrt(loss) : Math.sqrt(loss / an), trace, false);
    }

    static double normSquared(DMatrixRMaj a) {
        double s = 0;
        for (int k = 0; k < a.numRows * a.numCols; k++) s += a.data[k] * a.data[k];
        return s;
    }

    private static void updateLeft(DMatrixRMaj a, SupportPair s, DMatrixRMaj w1, DMatrixRMaj w2) {
        int n = a.numCols;
        for (int i = 0; i < a.numRows; i++) {
            int[] cols = s.left().row(i);
            if (cols.length == 0) continue;
            DMatrixRMaj m = new DMatrixRMaj(n, cols.length);
            for (int q = 0; q < cols.length; q++) for (int j = 0; j < n; j++) m.set(j, q, w2.get(cols[q], j));
            DMatrixRMaj b = new DMatrixRMaj(n, 1);
            for (int j = 0; j < n; j++) b.set(j, 0, a.get(i, j));
            DMatrixRMaj z = leastSquares(m, b);
            for (int q = 0; q < cols.length; q++) w1.set(i, cols[q], z.get(q, 0));
        }
    }

    private static void updateRight(DMatrixRMaj a, SupportPair s, DMatrixRMaj w1, DMatrixRMaj w2) {
        int m = a.numRows;
        for (int j = 0; j < a.numCols; j++) {
            int[] rows = s.right().column(j);
            if (rows.length == 0) continue;
            DMatrixRMaj mat = new DMatrixRMaj(m, rows.length);
            for (int q = 0; q < rows.length; q++) for (int i = 0; i < m; i++) mat.set(i, q, w1.get(i, rows[q]));
            DMatrixRMaj b = new DMatrixRMaj(m, 1);
            for (int i = 0; i < m; i++) b.set(i, 0, a.get(i, j));
            DMatrixRMaj z = leastSquares(mat, b);
            for (int q = 0; q < rows.length; q++) w2.set(rows[q], j, z.get(q, 0));
        }
    }

    /** Minimum-norm least-squares solution of m z = b. */
    static DMatrixRMaj leastSquares(DMatrixRMaj m, DMatrixRMaj b) {
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.pseudoInverse(true);
        DMatrixRMaj z = new DMatrixRMaj(m.numCols, 1);
        if (!solver.setA(m.copy())) throw new ArithmeticException("pseudo-inverse of a " + m.numRows + " x " + m.numCols + " block failed");
        solver.solve(b, z);
        return z;
    }
}
