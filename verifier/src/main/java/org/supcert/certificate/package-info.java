/**
 * Certificates and the named results they certify (docs/theory.md). {@link org.supcert.certificate.Certificate}
 * is a sealed family typed by its {@link org.supcert.certificate.NamedResult}: NOT CLOSED certificates
 * (docs/theory.md#section-5 to #section-6), a corner or a Laurent curve towards a rational witness B,
 * with their independent re-checks (exact rational curve check; Z3 unattainability; the combinatorial
 * corner proof), and CLOSED ones (Theorem S matchings, linearization, chain specialization,
 * docs/theory.md#section-4), each with its own exact check. Also their JSON forms, read back by
 * "supcert recheck" ({@link org.supcert.certificate.CertificateRecheck} re-checks every certificate of a
 * document).
 */
package org.supcert.certificate;
