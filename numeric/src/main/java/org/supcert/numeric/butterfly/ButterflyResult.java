package org.supcert.numeric.butterfly;

/**
 * What {@link HierarchicalButterfly#factorize} returns.
 *
 * @param chain the factors in product order (and the column permutation, if one was used)
 * @param relativeError ||A - W_1 ... W_L P||_F / ||A||_F, computed after the factorization
 * @param levelErrors per tree depth (0 = the root split), the relative error sqrt(sum of the squared
 *     residuals of that depth's two-factor steps) / ||A||_F
 * @param offSupportError relative norm of the target outside the chain's overall support (0 for a
 *     square standard chain)
 * @param seconds wall time of the factorization itself (not the error check)
 * @param errorSeconds wall time of computing {@code relativeError}
 */
public record ButterflyResult(ButterflyChain chain, double relativeError, double[] levelErrors,
                              double offSupportError, double seconds, double errorSeconds) {
    @Override
    public double[] levelErrors() { return levelErrors.clone(); }
}
