package org.supcert.numeric.fsmf;

import org.ejml.data.DMatrixRMaj;

/**
 * An FSMF solution W_1 (m x r, mask {@code support.left()}) and W_2 (r x n, mask
 * {@code support.right()}), with loss = ||A - W_1 W_2||_F^2 and the relative error
 * ||A - W_1 W_2||_F / ||A||_F.
 *
 * @param method "exact", "als" or "palm"
 * @param trace per-iteration record (one entry for the exact solver)
 * @param globalOptimum true when the method proves the loss is the global minimum (the exact solver)
 */
public record FsmfResult(String method, DMatrixRMaj left, DMatrixRMaj right, double loss, double relativeError,
                         FsmfTrace trace, boolean globalOptimum) {}
