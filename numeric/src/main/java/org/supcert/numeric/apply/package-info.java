/**
 * Fast application of butterfly chains (docs/theory.md#numeric-engine): {@link
 * org.supcert.numeric.apply.ButterflyOperator} compiles a {@link
 * org.supcert.numeric.butterfly.ButterflyChain} into stages and runs them on single vectors or
 * batches, in double or float, real or complex.
 *
 * <p>{@code ButterflyOperator} is a facade: {@code Plan} holds the compiled stages, {@code
 * Executor64} runs them on double data with one set of kernels ({@code Kernels64}), {@code
 * ScalarKernels64} is the reference and {@code VectorKernels64x512} the SIMD kernels. These
 * double, 512-bit classes are templates: numeric/src/build/GenerateKernels.java writes their
 * float twins (names ending in 32) and the 256- and 128-bit SIMD kernels into
 * target/generated-sources in the build, and {@code GeneratedKernelsTest} fails when those are
 * stale. {@code VectorKernels} picks one width (the preferred, or the system property {@code
 * supcert.vector.bits}); the parity tests run all three widths against the scalar kernels.
 *
 * <p>This package owns the only use of {@code jdk.incubator.vector} in supcert: the SIMD kernels
 * ({@code VectorKernels*}, loaded reflectively) and {@code VectorFmaChains}. Block sizes and other
 * thresholds live in {@code ApplyTuning}; {@code Stage} compiles factors into kernel steps,
 * {@code UnitColumns} rewrites runs of 2 x 2 levels to unit first columns, {@code Passes} groups
 * steps into cache-sized passes, {@code ArrayAlignment} tells the batch kernels where an array's
 * cache lines start (the only use of {@code sun.misc.Unsafe}; speed, never results, depends on it),
 * {@code ThreadScratch} keeps the per-thread scratch arrays between calls.
 */
package org.supcert.numeric.apply;
