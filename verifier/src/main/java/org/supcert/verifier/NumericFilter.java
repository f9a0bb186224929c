package org.supcert.verifier;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.supcert.numeric.fsmf.AlternatingLeastSquares;
import org.supcert.numeric.fsmf.FsmfOptions;
import org.supcert.exact.RationalMatrix;
import org.supcert.support.Mask;
import org.supcert.support.SupportPair;

/**
 * The cheap numeric test of docs/theory.md#probe-strategy, run before the Z3 curve search: alternating least
 * squares towards the witness B in the restricted pair. A B in the closure of P is approached
 * (the error falls, typically while the factor norms grow); a B at a positive distance from it is
 * not, and the curve search, which cannot succeed there, is skipped. Floating point only decides
 * what to try: every certificate is still checked in exact arithmetic.
 */
final class NumericFilter {
    /** Iterations of the run (ALS's default). */
    static final int ITERATIONS = 200;
    /** Relative error ||B - W_1 W_2|| / ||B|| above which B is taken to be outside the closure. */
    static final double OUTSIDE = 0.1;

    private NumericFilter() {}

    /** True when the curve search is worth trying (always for chains, which ALS does not handle). */
    static boolean mayBeInClosure(List<Mask> pattern, RationalMatrix b) {
        if (pattern.size() != 2) return true;
        DMatrixRMaj target = new DMatrixRMaj(b.rows(), b.cols());
        for (int i = 0; i < b.rows(); i++) for (int j = 0; j < b.cols(); j++) target.set(i, j, b.get(i, j).doubleValue());
        SupportPair pair = new SupportPair("witness", pattern.get(0), pattern.get(1));
        double err = new AlternatingLeastSquares().solve(target, pair, FsmfOptions.iterations(ITERATIONS)).relativeError();
        return !(err > OUTSIDE);
    }
}
