package org.supcert.verifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.supcert.support.Mask;

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
        ChainView t = new ChainView(transpose(view.layers()), view.how() + "on the reversed, transposed chain, ", null, false, true);
        return RuleOrder.decide(RuleOrder.AFTER_TRANSPOSITION, t, session);
    }

    /** W_L^T, ..., W_1^T. */
    static List<Mask> transpose(List<Mask> chain) {
        List<Mask> out = new ArrayList<>(chain.size());
        for (int l = chain.size() - 1; l >= 0; l--) out.add(chain.get(l).transpose());
        return List.copyOf(out);
    }
}
