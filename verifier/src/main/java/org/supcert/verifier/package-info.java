/**
 * The closedness verifier: one rule per named result of docs/theory.md (Theorem A, Lemma B + Theorem C,
 * the corner certificate) behind one contract, verdicts per overlap component and per support,
 * and the resource limits of a verification. CLOSED needs a theorem; NOT CLOSED needs a
 * certificate that re-checked; everything else is UNKNOWN with the reason.
 */
package org.supcert.verifier;
