package org.supcert.verifier;

import java.util.Optional;
import org.supcert.certificate.NamedResult;

/**
 * docs/theory.md#specialization: fix every layer but one at integers; if the linear map of the
 * free layer reaches every cell of U (exact rank modulo a prime), P = L(U) and the chain is
 * CLOSED. The certificate (free layer, generator seed, prime, |U|) re-checks against the support,
 * so it is attached only when the view is the chain as given; on a folded or merged view the
 * verdict stands (the rewrites keep P) without a printed certificate.
 */
final class SpecializationRule implements ChainRule {
    @Override
    public Optional<Decision> decide(ChainView view, VerifySession session) {
        if (view.size() < 3) return Optional.empty();
        ChainSpecialization.Outcome o = ChainSpecialization.tryClose(session.support.name(), view.layers(),
                RuleLimits.SPECIALIZATION_WORK);
        if (o.certificate().isEmpty()) {
            session.note("specialization: " + o.tried());
            return Optional.empty();
        }
        var cert = o.certificate().get();
        String reason = view.how() + "with every layer but layer " + cert.layer() + " fixed at integers, the free layer's "
                + "linear map reaches all " + cert.cells() + " cells of U (exact rank modulo " + cert.prime() + "): P = L(U)";
        return Optional.of(new Decision(Status.CLOSED, NamedResult.SPECIALIZATION, reason, java.util.List.of(), null,
                view.original() ? cert : null, false, false));
    }
}
