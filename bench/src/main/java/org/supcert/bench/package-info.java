/**
 * The benchmarks behind {@code supcert bench}: {@link org.supcert.bench.VerifierTimings} (bench
 * verify) and {@link org.supcert.bench.ProbeCensus} (bench probes) time and count the verifier's
 * answers; the butterfly apply (issues 4 and 15) is measured by {@link org.supcert.bench.ApplyComparison},
 * the side-by-side comparison behind {@code supcert bench apply}: our SIMD and scalar kernels, a
 * BLAS dense product (dev.ludovic.netlib over the system's libblas.so.3) and JTransforms' FFT in one
 * process, "% of peak" against the FMA peak measured in the same run. The JMH benchmarks (fixed
 * seeds; forks get {@code --add-modules jdk.incubator.vector}) build into
 * {@code bench/target/benchmarks.jar}; {@code mvn verify} compiles them but runs none.
 */
package org.supcert.bench;
