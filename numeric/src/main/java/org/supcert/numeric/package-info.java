/**
 * The numeric engine's front door: {@link org.supcert.numeric.Factorizations} runs the butterfly and
 * fixed-support factorizations that {@code supcert butterfly} and {@code supcert factor} ask for, over
 * the packages below it (targets, butterfly, fsmf). The apply kernels ({@link org.supcert.numeric.apply})
 * are used directly by the benchmarks.
 */
package org.supcert.numeric;
