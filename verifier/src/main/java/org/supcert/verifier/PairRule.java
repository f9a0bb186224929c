package org.supcert.verifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.supcert.certificate.CertificateCheck;
import org.supcert.certificate.NamedResult;
import org.supcert.certificate.NotClosedCertificate;
import org.supcert.support.SupportPair;

/**
 * A chain of two layers (as given or after rewrites) is decided as a pair, component by component
 * ({@link PairVerification}). On a rewritten view, NOT CLOSED certificates are carried back to the
 * original layers and re-checked there, and closedness certificates (which speak of the rewritten
 * layers) are left out, so that everything printed re-checks against the support as given.
 */
final class PairRule implements ChainRule {
    @Override
    public Optional<Decision> decide(ChainView view, VerifySession session) {
        if (view.size() != 2) return Optional.empty();
        SupportPair pair = new SupportPair(session.support.name(), view.layers().get(0), view.layers().get(1));
        Decision d = PairVerification.verify(pair, session);
        if (view.closedOnly() && d.status() != Status.CLOSED) {
            session.note(view.how() + "the pair is " + d.status() + ": " + d.reason());
            return Optional.empty();
        }
        if (view.original()) return Optional.of(d);
        List<ComponentVerdict> components = new ArrayList<>();
        NotClosedCertificate cert = null; // the pair's certificate is its first NOT CLOSED component's: lift it once
        for (ComponentVerdict c : d.components()) {
            NotClosedCertificate lifted = c.certificate() == null ? null : lift(view, c.certificate(), session);
            if (cert == null) cert = lifted;
            if (c.certificate() != null && lifted == null) {
                return Optional.of(new Decision(Status.UNKNOWN, NamedResult.NONE, "internal error: a lifted chain certificate "
                        + "failed its re-check; please report it", List.of(), null, null, false, false));
            }
            components.add(c.onOriginalLayers(lifted));
        }
        return Optional.of(new Decision(d.status(), d.result(), view.how() + d.reason(), List.copyOf(components), cert, null,
                d.tractable(), d.benignLandscape()));
    }

    /** The certificate on the original chain, re-checked there; null when the re-check fails (a bug). */
    private static NotClosedCertificate lift(ChainView view, NotClosedCertificate c, VerifySession session) {
        CertificateCheck.Outcome o = CertificateCheck.check(view.lift().apply(c), session.budget.recheck());
        return o.valid() ? o.certificate() : null;
    }
}
