package org.supcert.certificate;

import java.util.List;
import org.supcert.exact.RationalMatrix;
import org.supcert.support.Mask;

/**
 * A NOT CLOSED certificate (docs/theory.md#section-6): a {@link LaurentWitness} (a restriction of
 * the support, a rational witness B on it and a Laurent curve with W_1(t)...W_L(t) = B + O(t)).
 * With B unattainable in the restricted pattern, the restriction lemma makes the whole support NOT
 * CLOSED. A {@link CornerCertificate} also carries the combinatorial proof's data; a
 * {@link CurveCertificate} relies on Z3 alone for unattainability.
 */
public sealed interface NotClosedCertificate extends Certificate permits CornerCertificate, CurveCertificate {
    /** The outcome of the independent re-checks. */
    record Checks(String curve, String unattainable) {}

    /** The block, the witness B and the curve towards it. */
    LaurentWitness witness();

    /** How each part was verified (filled by {@link CertificateCheck}), or null before the re-check. */
    Checks checks();

    /** The same certificate with its re-check outcome. */
    NotClosedCertificate withChecks(Checks c);

    /** A certificate of the same kind (a corner keeps its special cell and mu) on another witness, not yet re-checked. */
    NotClosedCertificate withWitness(String support, LaurentWitness w);

    /** Product rows R' (ascending, 0-based). */
    default int[] rows() { return witness().rows(); }

    /** Product columns C'. */
    default int[] cols() { return witness().cols(); }

    /** Per inner dimension of the chain, the indices kept. */
    default List<int[]> inner() { return witness().inner(); }

    /** The restricted masks, chain form. */
    default List<Mask> pattern() { return witness().pattern(); }

    /** B, |R'| x |C'|. */
    default RationalMatrix target() { return witness().target(); }

    /** The Laurent curve towards B. */
    default LaurentCurve curve() { return witness().curve(); }
}
