package org.supcert.numeric.fsmf;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;
import org.supcert.graph.AnalysisLimitException;
import org.supcert.graph.Component;
import org.supcert.graph.Decomposition;
import org.supcert.graph.MaskedBlocks;
import org.supcert.graph.SupportClass;
import org.supcert.support.SupportPair;

/**
 * Exact FSMF for the Theorem A / Theorem C families (THEORY section 4): per component, a rank-mu_c
 * truncated SVD of A on every rectangle of the masked supports Omega_c (rectangles of one class
 * have disjoint rows and columns, so each sets its own rows of X_c and columns of Y_c), then the
 * complete classes fit the residual on T exactly (each cell of T is given to the first complete
 * class covering it; a complete class represents any matrix on its rectangle: identity on its
 * shorter side, the residual on the other). The loss is the global minimum; the iteration count of
 * the options is ignored.
 *
 * @throws IllegalArgumentException when some component is outside Theorem C (the message names the
 *     component and the obstruction)
 */
public final class ExactFsmf implements FsmfSolver {

    /** True when every component of the support satisfies Theorem C (so {@link #solve} applies). */
    public static boolean applies(SupportPair s) {
        for (Component k : Decomposition.of(s).components()) if (!MaskedBlocks.analyze(k).applies()) return false;
        return true;
    }

    @Override
    public FsmfResult solve(DMatrixRMaj a, SupportPair s, FsmfOptions o) {
        FsmfMath.check(a, s);
        Decomposition dec;
        try {
            dec = Decomposition.of(s);
        } catch (AnalysisLimitException e) {
            throw new IllegalArgumentException("support '" + s.name() + "' is too large for the exact solver: "
                    + e.getMessage() + " (use --solver als or palm)");
        }
        DMatrixRMaj w1 = new DMatrixRMaj(s.rows(), s.inner());
        DMatrixRMaj w2 = new DMatrixRMaj(s.inner(), s.cols());
        for (Component k : dec.components()) {
            MaskedBlocks mb;
            try {
                mb = MaskedBlocks.analyze(k);
            } catch (AnalysisLimitException e) {
                throw new IllegalArgumentException("support '" + s.name() + "': component " + k.index()
                        + " is too large for the exact solver: " + e.getMessage() + " (use --solver als or palm)");
            }
            if (!mb.applies()) {
                throw new IllegalArgumentException("support '" + s.name() + "': the exact solver needs Theorem A or C,"
                        + " but component " + k.index() + " fails: " + mb.obstruction() + " (use --solver als or palm)");
            }
            for (MaskedBlocks.Block b : mb.blocks()) fitBlock(a, b, w1, w2);
            fitComplete(a, mb.completeClasses(), w1, w2);
        }
        FsmfTrace trace = new FsmfTrace();
        FsmfMath.record(trace, 0, a, w1, w2);
        double loss = trace.last().loss();
        return new FsmfResult("exact", w1, w2, loss, FsmfMath.relativeError(a, loss), trace, true);
    }

    /** Rank-mu truncated SVD of A on the block, written into the owner class's columns. */
    private static void fitBlock(DMatrixRMaj a, MaskedBlocks.Block b, DMatrixRMaj w1, DMatrixRMaj w2) {
        int[] rows = b.rows(), cols = b.cols(), inner = b.owner().columns();
        DMatrixRMaj m = new DMatrixRMaj(rows.length, cols.length);
        for (int i = 0; i < rows.length; i++) for (int j = 0; j < cols.length; j++) m.set(i, j, a.get(rows[i], cols[j]));
        SingularValueDecomposition_F64<DMatrixRMaj> svd =
                DecompositionFactory_DDRM.svd(rows.length, cols.length, true, true, true);
        if (!svd.decompose(m.copy())) throw new ArithmeticException("SVD of a " + rows.length + " x " + cols.length + " block failed");
        DMatrixRMaj u = svd.getU(null, false), v = svd.getV(null, false);
        DMatrixRMaj w = svd.getW(null);
        SingularOps_DDRM.descendingOrder(u, false, w, v, false);
        int rank = Math.min(inner.length, Math.min(rows.length, cols.length));
        for (int t = 0; t < rank; t++) {
            double s = Math.sqrt(w.get(t, t));
            for (int i = 0; i < rows.length; i++) w1.set(rows[i], inner[t], u.get(i, t) * s);
            for (int j = 0; j < cols.length; j++) w2.set(inner[t], cols[j], v.get(j, t) * s);
        }
    }

    /** The complete classes fit A minus the other classes' product on T exactly. */
    private static void fitComplete(DMatrixRMaj a, List<SupportClass> complete, DMatrixRMaj w1, DMatrixRMaj w2) {
        if (complete.isEmpty()) return;
        // the residual of the non-complete part; complete classes' columns are still zero here
        DMatrixRMaj p = new DMatrixRMaj(a.numRows, a.numCols);
        org.ejml.dense.row.CommonOps_DDRM.mult(w1, w2, p);
        java.util.Set<Long> taken = new java.util.HashSet<>();
        for (SupportClass c : complete) {
            int[] rows = c.rows(), cols = c.cols(), inner = c.columns();
            double[][] z = new double[rows.length][cols.length];
            for (int i = 0; i < rows.length; i++) {
                for (int j = 0; j < cols.length; j++) {
                    if (taken.add(((long) rows[i] << 32) | cols[j])) z[i][j] = a.get(rows[i], cols[j]) - p.get(rows[i], cols[j]);
                }
            }
            if (rows.length <= cols.length) { // X = identity on R_c, Y^T rows = Z rows
                for (int i = 0; i < rows.length; i++) {
                    w1.set(rows[i], inner[i], 1);
                    for (int j = 0; j < cols.length; j++) w2.set(inner[i], cols[j], z[i][j]);
                }
            } else { // Y^T = identity on C_c, X columns = Z columns
                for (int j = 0; j < cols.length; j++) {
                    w2.set(inner[j], cols[j], 1);
                    for (int i = 0; i < rows.length; i++) w1.set(rows[i], inner[j], z[i][j]);
                }
            }
        }
    }
}
