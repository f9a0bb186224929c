package org.supcert.certificate;

/**
 * A CLOSED certificate: a proof, re-checkable from the support alone, that a set of inner columns
 * (an overlap component) or a whole chain realizes every matrix on its reachable cells
 * (P = L(U), docs/theory.md#theorem-s). Each kind has its own exact check.
 */
public sealed interface ClosednessCertificate extends Certificate permits SpanningCertificate, LinearizationCertificate,
        SpecializationCertificate {

    /** One line for text output: what the certificate holds and how big it is. */
    String summary();
}
