package org.supcert.verifier;

import java.util.Arrays;
import java.util.Optional;
import org.supcert.certificate.CertificateCheck;
import org.supcert.certificate.NotClosedCertificate;

/**
 * docs/theory.md#corner-certificate: a corner inside the component proves P NOT CLOSED
 * (restriction lemma). The certificate is printed only after {@link CertificateCheck} re-verified
 * it from scratch.
 */
final class CornerRule implements ComponentRule {
    @Override
    public Optional<Decision> decide(ComponentContext ctx) {
        CornerSearch.Outcome o = CornerSearch.search(ctx.component, ctx.budget);
        if (o.corner() == null) {
            String limit = ctx.budget.cutByClock() ? "the wall-clock safety net" : "its step limit";
            ctx.note(o.exhaustive() ? "no corner certificate exists whose mu full columns lie in at most "
                    + RuleLimits.CORNER_MAX_CLASSES + " classes (exhaustive search for mu = 1 and for every such set of classes)"
                    : o.completed() == 0 ? "the corner search was stopped by " + limit + " within single classes"
                    : "no corner certificate exists whose mu full columns lie in at most " + o.completed()
                            + " class(es) (exhaustive); the search of larger sets was stopped by " + limit);
            return Optional.empty();
        }
        NotClosedCertificate cert = CornerCertificates.build(ctx.pair, o.corner());
        CertificateCheck.Outcome checked = CertificateCheck.check(cert, ctx.budget.recheck());
        if (!checked.valid()) {
            // A failed re-check is a bug in the search; it must never become a verdict.
            ctx.note("internal error: a corner certificate failed its re-check (" + checked.failure()
                    + "); please report it");
            return Optional.empty();
        }
        var c = o.corner();
        String where = c.full().size() == 1 ? "one class" : c.full().size() + " classes";
        return Optional.of(Decision.notClosed(
                "corner with mu = " + c.mu() + " (full columns in " + where + ") on rows " + Arrays.toString(cert.rows())
                        + " x columns " + Arrays.toString(cert.cols()) + ", special cell (" + c.specialRow() + ", "
                        + c.specialCol() + ")", checked.certificate()));
    }
}
