package org.supcert.verifier;

import java.util.Optional;

/**
 * docs/theory.md#transposition: P of W_1..W_L is closed iff P of W_L^T..W_1^T is, so a chain no
 * rule decides is tried reversed and transposed with {@link RuleOrder#AFTER_TRANSPOSITION} (e.g. the
 * butterfly factors in reverse order are the transpose of a chainable butterfly chain). Used towards
 * CLOSED, whose rules here carry no certificate.
 */
final class TranspositionRule implements ChainRule {
    @Override
    public Optional<Decision> decide(ChainView view, VerifySession session) {
        if (view.size() < 3 || view.transposed()) return Optional.empty();
        ChainView t = new ChainView(ChainTransposition.transpose(view.layers()), view.how() + "on the reversed, transposed chain, ", null, false, true);
        return RuleOrder.decide(RuleOrder.AFTER_TRANSPOSITION, t, session);
    }
}
