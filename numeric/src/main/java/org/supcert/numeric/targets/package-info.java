/**
 * Target matrices for the factorizations: the dense {@link org.supcert.numeric.targets.Target}
 * (row-major, split real/imaginary storage), the built-in transforms (Hadamard, DFT, DCT-II, seeded
 * random butterfly products), seeded Gaussian noise, and the parser of target specifications such as
 * {@code dft:1024+noise:0.01:7}.
 */
package org.supcert.numeric.targets;
