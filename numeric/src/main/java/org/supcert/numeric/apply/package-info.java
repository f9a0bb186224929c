/**
 * Fast application of butterfly chains (docs/theory.md#numeric-engine): {@link
 * org.supcert.numeric.apply.ButterflyOperator} compiles a {@link
 * org.supcert.numeric.butterfly.ButterflyChain} into stages and runs them on single vectors or
 * batches, in double or float, real or complex.
 *
 * <p>This package owns the only use of {@code jdk.incubator.vector} in supcert: the
 * package-private {@code VectorKernels}. {@code ScalarKernels} is its reference implementation,
 * and the tests check the two against each other and against the dense product. Block sizes and
 * other thresholds live in {@code ApplyTuning}; {@code Stage} compiles factors into kernel steps,
 * {@code UnitColumns} rewrites runs of 2 x 2 levels to unit first columns, {@code Passes} groups
 * steps into cache-sized passes, {@code ArrayAlignment} tells the batch kernels where an array's
 * cache lines start (the only use of {@code sun.misc.Unsafe}; speed, never results, depends on it),
 * {@code ThreadScratch} keeps the per-thread scratch arrays between calls.
 */
package org.supcert.numeric.apply;
