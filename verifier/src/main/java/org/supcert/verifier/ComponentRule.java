package org.supcert.verifier;

import java.util.Optional;
import org.supcert.certificate.Certificate;

/**
 * One named result of THEORY.md applied to an overlap component. A rule either decides the
 * component, with the result it proves, or says nothing (and may leave a note on what it tried).
 */
interface ComponentRule {
    /** A decision by a rule. */
    record Decision(Status status, NamedResult result, String reason, boolean tractable, Certificate certificate) {}

    Optional<Decision> decide(ComponentContext context);
}
