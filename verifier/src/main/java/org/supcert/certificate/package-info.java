/**
 * NOT CLOSED certificates (docs/theory.md#section-5 to #section-6): the block, the rational witness B, the Laurent
 * curve, and their independent re-checks (exact rational curve check; Z3 unattainability; the
 * combinatorial corner proof). Also the certificate's JSON form, read back by "supcert recheck"
 * ({@link org.supcert.certificate.CertificateRecheck} re-checks every certificate of a document).
 * The one CLOSED certificate that needs more than a theorem's name, chains by specialization
 * (docs/theory.md#section-4), lives here too: {@link org.supcert.certificate.SpecializationCertificate},
 * re-checked by one exact rank computation ({@link org.supcert.certificate.SpecializationRank}).
 */
package org.supcert.certificate;
