/**
 * Targets for the factorizations ({@link org.supcert.numeric.matrix.Target}): the built-in transforms
 * (Hadamard, DFT, DCT-II, seeded random butterfly products), seeded Gaussian noise, and the parser of
 * target specifications such as {@code dft:1024+noise:0.01:7}.
 */
package org.supcert.numeric.targets;
