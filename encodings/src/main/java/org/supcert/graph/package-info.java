/**
 * Graph encodings of a support pair (docs/theory.md#section-2 to #section-4): rank-one supports and their classes,
 * the twin quotient, overlap components, the per-component coverage table, and the Lemma B /
 * Theorem C masked-block structure. Pure combinatorics: verdicts are taken in the verifier.
 */
package org.supcert.graph;
