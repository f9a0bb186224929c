/**
 * Exact arithmetic for closedness certificates: ranks modulo a fixed prime, computed on integer
 * matrices with no floating point. A full rank found modulo p proves full rank over Q (a minor
 * that is non-zero mod p is a non-zero integer), which is what the linearization and
 * specialization certificates of docs/theory.md rest on. {@link org.supcert.exact.SplitMix64} is the
 * documented generator that lets a certificate store a seed instead of its integers.
 */
package org.supcert.exact;
