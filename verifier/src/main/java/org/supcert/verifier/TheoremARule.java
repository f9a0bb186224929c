package org.supcert.verifier;

import java.util.Optional;
import org.supcert.certificate.NamedResult;

/**
 * docs/theory.md#theorem-a: a component with a single class is closed (rank <= mu matrices on a
 * rectangle form a closed set), FSMF on it is a truncated SVD, and its landscape is benign.
 */
final class TheoremARule implements ComponentRule {
    @Override
    public Optional<Decision> decide(ComponentContext ctx) {
        if (ctx.component.classCount() != 1) return Optional.empty();
        var c = ctx.component.classes().get(0);
        return Optional.of(Decision.closed(NamedResult.THEOREM_A,
                "a single class (mu = " + c.multiplicity() + " on a " + c.rows().length + " x " + c.cols().length
                        + " rectangle): rank <= mu matrices form a closed set", true));
    }
}
