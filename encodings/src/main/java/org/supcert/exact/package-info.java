/**
 * Exact arithmetic for closedness certificates: ranks modulo a fixed prime, computed on integer
 * matrices with no floating point. A full rank found modulo p proves full rank over Q (a minor
 * that is non-zero mod p is a non-zero integer), which is what the linearization and
 * specialization certificates of docs/theory.md rest on.
 */
package org.supcert.exact;
