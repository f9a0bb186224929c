package org.supcert.verifier;

import java.util.Optional;

/**
 * docs/theory.md#specialization: fix every layer but one at integers; if the linear map of the
 * free layer reaches every cell of U (exact rank modulo a prime), P = L(U) and the chain is CLOSED.
 * (Wired to ChainSpecialization when it lands; until then it does not apply.)
 */
final class SpecializationRule implements ChainRule {
    @Override
    public Optional<Decision> decide(ChainView view, VerifySession session) {
        return Optional.empty();
    }
}
