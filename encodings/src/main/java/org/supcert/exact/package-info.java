/**
 * Exact arithmetic, free of Z3: {@link org.supcert.exact.RationalMatrix}, the rational matrices of
 * witnesses and curves (reports render them without loading the solver), and ranks modulo a fixed
 * prime for closedness certificates, computed on integer matrices with no floating point. A full
 * rank found modulo p proves full rank over Q (a minor that is non-zero mod p is a non-zero
 * integer), which is what the linearization and specialization certificates of docs/theory.md rest
 * on. {@link org.supcert.exact.SplitMix64} is the documented generator that lets a certificate store
 * a seed instead of its integers.
 */
package org.supcert.exact;
