/**
 * Butterfly and deformable-butterfly factors (I_a (x) 1_(b x c) (x) I_d) and chains of them: the one
 * representation shared by the hierarchical factorization and the apply kernels
 * ({@link org.supcert.numeric.butterfly.ButterflyFactor}, {@link org.supcert.numeric.butterfly.ButterflyChain}).
 *
 * <p>Also owns the hierarchical butterfly factorization (docs/theory.md#seed-004):
 * {@link org.supcert.numeric.butterfly.HierarchicalButterfly} over a
 * {@link org.supcert.numeric.butterfly.ButterflyArchitecture} and a
 * {@link org.supcert.numeric.butterfly.ButterflyTree}, its streamed products and error check
 * ({@link org.supcert.numeric.butterfly.ButterflyProducts}), its thresholds
 * ({@link org.supcert.numeric.butterfly.ButterflyTolerances}) and the supcert-factors file format
 * ({@link org.supcert.numeric.butterfly.FactorFiles}). Internals (the two-factor step, the rank-one
 * kernel) are package-private.
 */
package org.supcert.numeric.butterfly;
