package org.supcert.verifier;

import java.util.List;
import java.util.Optional;
import org.supcert.certificate.ClosednessCertificate;
import org.supcert.certificate.NamedResult;
import org.supcert.certificate.NotClosedCertificate;

/**
 * One named result (or one rewrite followed by further rules) applied to a whole chain
 * (docs/theory.md#chains). Rules run in the order of {@link RuleOrder#CHAIN}; the first decision
 * wins, and a rule that does not apply may leave a note for the UNKNOWN reason.
 */
interface ChainRule {
    /** A decision on the whole chain; {@code components} only when it was decided as a pair. */
    record Decision(Status status, NamedResult result, String reason, List<ComponentVerdict> components,
            NotClosedCertificate certificate, ClosednessCertificate proof, boolean tractable, boolean benignLandscape) {
        static Decision closed(NamedResult result, String reason, boolean tractable) {
            return new Decision(Status.CLOSED, result, reason, List.of(), null, null, tractable, false);
        }
    }

    Optional<Decision> decide(ChainView view, VerifySession session);
}
