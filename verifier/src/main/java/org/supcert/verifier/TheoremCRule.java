package org.supcert.verifier;

import java.util.Optional;
import org.supcert.certificate.NamedResult;
import org.supcert.graph.MaskedBlocks;

/**
 * docs/theory.md#theorem-c: after absorbing the complete classes into T, the masked
 * supports are pairwise disjoint unions of rectangles with disjoint rows and columns, so the
 * component is closed and FSMF on it is exact by block truncated SVDs.
 */
final class TheoremCRule implements ComponentRule {
    @Override
    public Optional<Decision> decide(ComponentContext ctx) {
        MaskedBlocks mb = MaskedBlocks.analyze(ctx.component);
        if (!mb.applies()) {
            ctx.note("Theorem C does not apply: " + mb.obstruction());
            return Optional.empty();
        }
        return Optional.of(Decision.closed(NamedResult.THEOREM_C,
                mb.completeClasses().size() + " complete class(es) absorbed (Lemma B); the masked supports form "
                        + mb.blocks().size() + " disjoint rectangle(s) with disjoint rows and columns (Theorem C)",
                true));
    }
}
