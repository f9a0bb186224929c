package org.supcert.verifier;

import java.util.Optional;
import org.supcert.certificate.NamedResult;

/** docs/theory.md#linear-space: a chain of one layer (as given, or after folding or merging) is the linear space on its mask. */
final class OneLayerRule implements ChainRule {
    @Override
    public Optional<Decision> decide(ChainView view, VerifySession session) {
        if (view.size() != 1) return Optional.empty();
        String what = view.how().isEmpty() ? "one factor" : view.how() + "one factor remains";
        return Optional.of(Decision.closed(NamedResult.LINEAR, what + ": P is the linear space of matrices on its mask", true));
    }
}
