/**
 * JMH benchmarks of the butterfly apply (issue 4): our SIMD and scalar kernels, EJML dense
 * products and JTransforms' FFT. Fixed seeds; forks get {@code --add-modules jdk.incubator.vector}.
 * Build with the project, run with {@code java -jar bench/target/benchmarks.jar}; {@code mvn verify}
 * compiles them but runs none. The side-by-side table of the same contenders in one process is
 * {@code supcert bench apply}.
 */
package org.supcert.bench;
