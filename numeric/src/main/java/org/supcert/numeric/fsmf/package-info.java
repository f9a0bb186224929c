/**
 * Fixed-support matrix factorization (FSMF, docs/theory.md#section-8): min ||A - W_1 W_2||_F^2 with
 * supp(W_1), supp(W_2) inside the masks of a {@link org.supcert.support.SupportPair}.
 * {@link org.supcert.numeric.fsmf.FsmfSolvers} chooses the method: alternating least squares and
 * PALM (palm4msa-style) for any support, and the exact block-SVD solver for the Theorem A / Theorem C
 * families. Every iterative solver records a {@link org.supcert.numeric.fsmf.FsmfTrace} (loss and
 * factor norms per iteration), the evidence of divergence on a non-closed support.
 */
package org.supcert.numeric.fsmf;
