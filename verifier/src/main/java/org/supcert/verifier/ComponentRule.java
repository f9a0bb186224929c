package org.supcert.verifier;

import java.util.Optional;
import org.supcert.certificate.ClosednessCertificate;
import org.supcert.certificate.NamedResult;
import org.supcert.certificate.NotClosedCertificate;

/**
 * One named result of docs/theory.md applied to an overlap component. A rule either decides the
 * component, with the result it proves, or says nothing (and may leave a note on what it tried).
 */
interface ComponentRule {
    /** A decision by a rule. */
    record Decision(Status status, NamedResult result, String reason, boolean tractable, NotClosedCertificate certificate,
            ClosednessCertificate proof) {
        static Decision closed(NamedResult result, String reason, boolean tractable) {
            return new Decision(Status.CLOSED, result, reason, tractable, null, null);
        }

        static Decision closed(NamedResult result, String reason, boolean tractable, ClosednessCertificate proof) {
            return new Decision(Status.CLOSED, result, reason, tractable, null, proof);
        }

        /** The deciding result is the certificate's own (a corner or a probe certificate). */
        static Decision notClosed(String reason, NotClosedCertificate certificate) {
            return new Decision(Status.NOT_CLOSED, certificate.result(), reason, false, certificate, null);
        }
    }

    Optional<Decision> decide(ComponentContext context);
}
