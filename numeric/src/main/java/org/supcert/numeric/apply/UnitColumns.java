package org.supcert.numeric.apply;

import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites runs of 2 x 2 levels so that all but the last have unit first columns. A level's block
 * [[a, b], [c, e]] is D N with N = [[1, b/a], [1, e/c]] and D = diag(a, c); D moves into the
 * columns of the next level of the run, and the last level keeps its general form with the
 * accumulated scale. The kernels then spend one FMA per output on a unit level instead of a
 * multiply and an FMA, which halves the arithmetic of a long chain (the flop convention of the
 * benchmarks still counts 6 per pair and level).
 *
 * <p>Rounding: a unit level computes fl(x0 + fl(b/a) x1), whose error scaled by a is bounded by
 * the same multiple of |a x0| + |b x1| as a direct fl(a x0 + b x1), so the product's error bound
 * does not change; the parity tests hold the SIMD and scalar kernels to the dense product at 1e-12
 * either way. A level whose pivots a, c are zero or outside [2^-200, 2^200] stays general and the
 * run restarts with D = I; if any rewritten coefficient is not finite the run is left as it was.
 */
final class UnitColumns {
    private UnitColumns() {}

    private static final double MIN_PIVOT = 0x1p-200;
    private static final double MAX_PIVOT = 0x1p200;

    /** The stages with every maximal run of 2 x 2 levels (same rows, same field) rewritten. */
    static List<Stage> rewrite(List<Stage> levels) {
        List<Stage> out = new ArrayList<>();
        int i = 0;
        while (i < levels.size()) {
            int j = i + 1;
            if (levels.get(i).kind == Stage.Kind.PAIR) {
                while (j < levels.size() && sameRun(levels.get(i), levels.get(j))) j++;
            }
            List<Stage> run = levels.subList(i, j);
            List<Stage> rewritten = run.size() > 1 ? rewriteRun(run) : null;
            out.addAll(rewritten == null ? run : rewritten);
            i = j;
        }
        return out;
    }

    private static boolean sameRun(Stage first, Stage next) {
        return next.kind == Stage.Kind.PAIR && next.rowsIn() == first.rowsIn()
                && next.isComplex() == first.isComplex();
    }

    /** One run in application order; null when a rewritten coefficient would not be finite. */
    private static List<Stage> rewriteRun(List<Stage> run) {
        List<Stage> out = new ArrayList<>();
        double[] dr = null; // the pending scale D (null = identity), one entry per row
        double[] di = null;
        for (int i = 0; i < run.size(); i++) {
            Stage st = run.get(i);
            boolean last = i + 1 == run.size();
            if (dr == null && (st.unit || last)) {
                out.add(st);
                continue;
            }
            int a = st.a;
            int d = st.d;
            boolean complex = st.isComplex();
            double[] wr = expand(st.wr, st.as, a, d);
            double[] wi = complex ? expand(st.wi, st.as, a, d) : null;
            if (dr != null) scaleColumns(wr, wi, a, d, dr, di);
            if (!finite(wr) || (wi != null && !finite(wi))) return null;
            if (last || !pivotsInRange(wr, wi, a, d)) {
                out.add(Stage.pair(a, d, wr, wi));
                dr = null;
                di = null;
                continue;
            }
            double[] nr = new double[st.rowsIn()];
            double[] ni = complex ? new double[nr.length] : null;
            boolean identity = true;
            for (int alpha = 0; alpha < a; alpha++) {
                for (int delta = 0; delta < d; delta++) {
                    int w00 = 4 * alpha * d + delta;
                    int lower = 2 * alpha * d + delta;
                    for (int row = 0; row < 2; row++) {
                        int piv = w00 + 2 * row * d; // a (row 0) or c (row 1)
                        int other = piv + d;         // b or e
                        double pr = wr[piv];
                        double pi = complex ? wi[piv] : 0;
                        nr[lower + row * d] = pr;
                        if (complex) ni[lower + row * d] = pi;
                        identity &= pr == 1 && pi == 0;
                        if (complex) {
                            double den = pr * pr + pi * pi;
                            double or = wr[other];
                            double oi = wi[other];
                            wr[other] = (or * pr + oi * pi) / den;
                            wi[other] = (oi * pr - or * pi) / den;
                            wi[piv] = 0;
                        } else {
                            wr[other] /= pr;
                        }
                        wr[piv] = 1;
                    }
                }
            }
            if (!finite(wr) || (wi != null && !finite(wi))) return null;
            out.add(Stage.pair(a, d, wr, wi));
            dr = identity ? null : nr;
            di = identity ? null : ni;
        }
        return out;
    }

    /** A full copy of the coefficients, one block per alpha even when the stage stores one shared block. */
    private static double[] expand(double[] w, int as, int a, int d) {
        double[] out = new double[4 * a * d];
        for (int alpha = 0; alpha < a; alpha++) {
            System.arraycopy(w, as == 0 ? 0 : 4 * alpha * d, out, 4 * alpha * d, 4 * d);
        }
        return out;
    }

    /** W := W D: the column of input row p is multiplied by D[p]. */
    private static void scaleColumns(double[] wr, double[] wi, int a, int d, double[] dr, double[] di) {
        for (int alpha = 0; alpha < a; alpha++) {
            for (int delta = 0; delta < d; delta++) {
                int w00 = 4 * alpha * d + delta;
                int lower = 2 * alpha * d + delta;
                for (int col = 0; col < 2; col++) {
                    int row = lower + col * d;
                    for (int k = w00 + col * d; k < 4 * d * (alpha + 1); k += 2 * d) { // rows 0 and 1 of the block
                        if (wi == null) {
                            wr[k] *= dr[row];
                        } else {
                            double sr = dr[row];
                            double si = di == null ? 0 : di[row];
                            double vr = wr[k];
                            double vi = wi[k];
                            wr[k] = vr * sr - vi * si;
                            wi[k] = vr * si + vi * sr;
                        }
                    }
                }
            }
        }
    }

    private static boolean pivotsInRange(double[] wr, double[] wi, int a, int d) {
        for (int alpha = 0; alpha < a; alpha++) {
            for (int delta = 0; delta < d; delta++) {
                for (int k = 4 * alpha * d + delta; k < 4 * d * (alpha + 1); k += 2 * d) { // a, then c
                    double m = Math.max(Math.abs(wr[k]), wi == null ? 0 : Math.abs(wi[k]));
                    if (!(m >= MIN_PIVOT && m <= MAX_PIVOT)) return false;
                }
            }
        }
        return true;
    }

    private static boolean finite(double[] v) {
        for (double x : v) {
            if (!Double.isFinite(x)) return false;
        }
        return true;
    }
}
