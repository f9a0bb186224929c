package org.supcert.numeric.fsmf;

import org.ejml.data.DMatrixRMaj;
import org.supcert.support.SupportPair;

/** A method for FSMF on a support pair (docs/theory.md#section-1 and #section-8). Real targets. */
public interface FsmfSolver {
    /**
     * Approximates {@code target} by W_1 W_2 on the support.
     *
     * @throws IllegalArgumentException if the target's shape is not rows x cols of the support, if it
     *     has a NaN or infinite entry, or if the method does not apply to this support
     */
    FsmfResult solve(DMatrixRMaj target, SupportPair support, FsmfOptions options);
}
