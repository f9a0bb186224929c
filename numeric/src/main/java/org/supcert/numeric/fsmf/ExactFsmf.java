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
import org.supcert.graph.SpanningRows;
import org.supcert.graph.SupportClass;
import org.supcert.support.SupportPair;

/**
 * Exact FSMF for the Theorem A / C / S families (docs/theory.md#theorem-c, #theorem-s): per component, a rank-mu_c
 * truncated SVD of A on every rectangle of the masked supports Omega_c (rectangles of one class
 * have disjoint rows and columns, so each sets its own rows of X_c and columns of Y_c), then the
 * complete classes fit the residual on T exactly (each cell of T is given to the first complete
 * class covering it; a complete class represents any matrix on its rectangle: identity on its
 * shorter side, the residual on the other). A component outside Theorem C whose rows (or columns)
 * have matchings covering V_i (Theorem S) has P_K = L(U_K), so its optimum is A restricted to U_K:
 * the rest columns' y (or x) are fixed at seeded Gaussian values and each row's x (each column's y)
 * is the least-norm solution of its |V_i| x |K_i| system, then the complete classes fit T. The loss
 * is the global minimum; the iteration count of the options is ignored.
 *
 * @throws org.supcert.io.InputException when some component is outside Theorems C and S (the message
 *     names the component and the obstruction)
 */
public final class ExactFsmf implements FsmfSolver {

    /** Seed of the fixed factor values of a Theorem S component. */
    static final long SPANNING_SEED = 2026;

    /** True when every component of the support satisfies Theorem C or S (so {@link #solve} applies). */
    public static boolean applies(SupportPair s) {
        for (Component k : Decomposition.of(s).components()) {
            if (!theoremC(k) && spanning(k) == null) return false;
        }
        return true;
    }

    private static boolean theoremC(Component k) {
        try {
            return MaskedBlocks.analyze(k).applies();
        } catch (AnalysisLimitException e) {
            return false;
        }
    }

    /** The rows (or columns) of Theorem S when they span, else null. */
    private static SpanningRows.Result spanning(Component k) {
        for (SpanningRows.Orientation o : SpanningRows.Orientation.values()) {
            SpanningRows.Result r = SpanningRows.analyze(k, o, SPANNING_WORK);
            if (r.spans()) return r;
        }
        return null;
    }

    /** Step limit of the matchings, as the verifier's. */
    private static final long SPANNING_WORK = 1L << 36;

    @Override
    public FsmfResult solve(DMatrixRMaj a, SupportPair s, FsmfOptions o) {
        FsmfMath.check(a, s);
        Decomposition dec;
        try {
            dec = Decomposition.of(s);
        } catch (AnalysisLimitException e) {
            throw org.supcert.io.InputException.of("support '" + s.name() + "' is too large for the exact solver: "
                    + e.getMessage() + " (use --solver als or palm)");
        }
        DMatrixRMaj w1 = new DMatrixRMaj(s.rows(), s.inner());
        DMatrixRMaj w2 = new DMatrixRMaj(s.inner(), s.cols());
        for (Component k : dec.components()) {
            MaskedBlocks mb = null;
            String obstruction;
            try {
                mb = MaskedBlocks.analyze(k);
                obstruction = mb.obstruction();
            } catch (AnalysisLimitException e) {
                obstruction = e.getMessage();
            }
            if (mb != null && mb.applies()) {
                for (MaskedBlocks.Block b : mb.blocks()) fitBlock(a, b, w1, w2);
            } else {
                SpanningRows.Result r = spanning(k);
                if (r == null) {
                    throw org.supcert.io.InputException.of("support '" + s.name() + "': the exact solver needs Theorem A, C or S,"
                            + " but component " + k.index() + " fails: " + obstruction + ", and some row and some column "
                            + "has no matching covering its V (use --solver als or palm)");
                }
                fitSpanning(a, s, k, r, w1, w2);
            }
            fitComplete(a, k.classes().stream().filter(SupportClass::isComplete).toList(), w1, w2);
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

    /**
     * Theorem S: the rest columns' fixed side gets seeded Gaussian values (generic, so each line's
     * system has full row rank), and each line's free side is the least-norm solution reaching A on
     * V_i. Works on the transposed problem for the column orientation.
     */
    private static void fitSpanning(DMatrixRMaj a, SupportPair s, Component k, SpanningRows.Result r, DMatrixRMaj w1,
            DMatrixRMaj w2) {
        boolean rows = r.orientation() == SpanningRows.Orientation.ROWS;
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(SPANNING_SEED);
        // fixed[k][t]: the fixed factor of inner column k, over product columns (rows) for the row (column) form
        int lineLength = rows ? s.cols() : s.rows();
        java.util.Map<Integer, double[]> fixed = new java.util.HashMap<>();
        for (SupportClass c : k.classes()) {
            if (c.isComplete()) continue;
            for (int col : c.columns()) {
                double[] v = new double[lineLength];
                for (int t : rows ? c.cols() : c.rows()) v[t] = gaussian(rnd);
                fixed.put(col, v);
            }
        }
        for (SpanningRows.Line line : r.lines()) {
            int[] v = line.matched();
            for (int i : line.at()) {
                // K_i: the rest columns through line i
                int[] ki = fixed.keySet().stream().mapToInt(Integer::intValue)
                        .filter(col -> rows ? s.left().get(i, col) : s.right().get(col, i)).sorted().toArray();
                DMatrixRMaj m = new DMatrixRMaj(v.length, ki.length);
                DMatrixRMaj b = new DMatrixRMaj(v.length, 1);
                for (int q = 0; q < v.length; q++) {
                    for (int c = 0; c < ki.length; c++) m.set(q, c, fixed.get(ki[c])[v[q]]);
                    b.set(q, 0, rows ? a.get(i, v[q]) : a.get(v[q], i));
                }
                DMatrixRMaj x = new DMatrixRMaj(ki.length, 1);
                var solver = org.ejml.dense.row.factory.LinearSolverFactory_DDRM.pseudoInverse(true);
                if (!solver.setA(m)) throw new ArithmeticException("least-norm solve of a " + v.length + " x " + ki.length + " system failed");
                solver.solve(b, x);
                for (int c = 0; c < ki.length; c++) {
                    if (rows) w1.set(i, ki[c], x.get(c, 0));
                    else w2.set(ki[c], i, x.get(c, 0));
                }
            }
        }
        for (var e : fixed.entrySet()) {
            double[] v = e.getValue();
            for (int t = 0; t < v.length; t++) {
                if (v[t] == 0) continue;
                if (rows) w2.set(e.getKey(), t, v[t]);
                else w1.set(t, e.getKey(), v[t]);
            }
        }
    }

    private static double gaussian(java.util.SplittableRandom rnd) {
        double u = 1 - rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rnd.nextDouble());
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
