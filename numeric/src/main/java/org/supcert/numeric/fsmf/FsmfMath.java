package org.supcert.numeric.fsmf;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.ejml.dense.row.SpecializedOps_DDRM;
import org.supcert.support.Mask;
import org.supcert.support.SupportPair;

/** Shared pieces of the FSMF solvers: input checks, loss, seeded initial point, support projection. */
final class FsmfMath {
    private FsmfMath() {}

    /** Throws IllegalArgumentException on a shape mismatch or a non-finite entry. */
    static void check(DMatrixRMaj a, SupportPair s) {
        if (a.numRows != s.rows() || a.numCols != s.cols()) {
            throw new IllegalArgumentException("target is " + a.numRows + " x " + a.numCols + " but support '"
                    + s.name() + "' multiplies to " + s.rows() + " x " + s.cols());
        }
        for (int i = 0; i < a.numRows; i++) {
            for (int j = 0; j < a.numCols; j++) {
                if (!Double.isFinite(a.get(i, j))) {
                    throw new IllegalArgumentException("target entry (" + i + ", " + j + ") is " + a.get(i, j)
                            + ", targets must be finite");
                }
            }
        }
    }

    /** ||A - W1 W2||_F^2. */
    static double loss(DMatrixRMaj a, DMatrixRMaj w1, DMatrixRMaj w2) {
        DMatrixRMaj p = new DMatrixRMaj(a.numRows, a.numCols);
        CommonOps_DDRM.mult(w1, w2, p);
        double e = SpecializedOps_DDRM.diffNormF_fast(a, p);
        return e * e;
    }

    /** ||A||_F^2. */
    static double normSquared(DMatrixRMaj a) {
        double n = NormOps_DDRM.fastNormF(a);
        return n * n;
    }

    /** sqrt(loss / ||A||_F^2), or sqrt(loss) when A = 0: the relative error every solver reports. */
    static double relativeError(DMatrixRMaj a, double loss) {
        double an = normSquared(a);
        return an == 0 ? Math.sqrt(loss) : Math.sqrt(loss / an);
    }

    static void record(FsmfTrace t, int iter, DMatrixRMaj a, DMatrixRMaj w1, DMatrixRMaj w2) {
        t.add(iter, loss(a, w1, w2), NormOps_DDRM.normF(w1), NormOps_DDRM.normF(w2));
    }

    /** Zeroes the entries of w outside the mask. */
    static void project(DMatrixRMaj w, Mask m) {
        for (int i = 0; i < w.numRows; i++) {
            for (int j = 0; j < w.numCols; j++) if (!m.get(i, j)) w.set(i, j, 0);
        }
    }

    /**
     * Seeded standard normal values on both supports, scaled so that ||W1 W2||_F = ||A||_F when the
     * product is not zero (a neutral starting scale for both solvers).
     */
    static DMatrixRMaj[] initial(DMatrixRMaj a, SupportPair s, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        DMatrixRMaj w1 = new DMatrixRMaj(s.rows(), s.inner());
        DMatrixRMaj w2 = new DMatrixRMaj(s.inner(), s.cols());
        fill(w1, s.left(), rnd);
        fill(w2, s.right(), rnd);
        DMatrixRMaj p = new DMatrixRMaj(s.rows(), s.cols());
        CommonOps_DDRM.mult(w1, w2, p);
        double pn = NormOps_DDRM.normF(p), an = NormOps_DDRM.normF(a);
        if (pn > 0 && an > 0) {
            double f = Math.sqrt(an / pn);
            CommonOps_DDRM.scale(f, w1);
            CommonOps_DDRM.scale(f, w2);
        }
        return new DMatrixRMaj[] {w1, w2};
    }

    private static void fill(DMatrixRMaj w, Mask m, SplittableRandom rnd) {
        for (int i = 0; i < m.rows(); i++) {
            for (int j : m.row(i)) {
                double u1 = 1.0 - rnd.nextDouble(), u2 = rnd.nextDouble();
                w.set(i, j, Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2));
            }
        }
    }
}
