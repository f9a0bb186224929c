/**
 * The dense matrix the numeric engine factors, {@link org.supcert.numeric.matrix.Target} (row-major,
 * split real/imaginary storage). Its own package so that the factorizations
 * ({@link org.supcert.numeric.butterfly}, {@link org.supcert.numeric.fsmf}) and the built-in targets
 * ({@link org.supcert.numeric.targets}, which are butterfly products) share it without importing each other
 * both ways.
 */
package org.supcert.numeric.matrix;
