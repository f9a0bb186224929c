package org.supcert.verifier;

import java.util.Arrays;
import java.util.Optional;
import org.supcert.certificate.Certificate;
import org.supcert.certificate.CertificateCheck;

/**
 * THEORY section 5: a corner inside the component proves P NOT CLOSED (restriction lemma). The
 * certificate is printed only after {@link CertificateCheck} re-verified it from scratch.
 */
final class CornerRule implements ComponentRule {
    @Override
    public Optional<Decision> decide(ComponentContext ctx) {
        CornerSearch.Outcome o = CornerSearch.search(ctx.component, ctx.budget);
        if (o.corner() == null) {
            ctx.note(o.exhaustive() ? "no corner certificate exists in any class (exhaustive for mu = 1, "
                    + "bounded search for mu >= 2 completed)" : "the corner search was cut by its budget");
            return Optional.empty();
        }
        Certificate cert = CornerCertificates.build(ctx.pair, o.corner());
        long z3 = ctx.budget.z3Timeout();
        long start = System.nanoTime();
        CertificateCheck.Outcome checked = CertificateCheck.check(cert, z3);
        if (z3 > 0) ctx.budget.spentZ3((System.nanoTime() - start) / 1_000_000);
        if (!checked.valid()) {
            // A failed re-check is a bug in the search; it must never become a verdict.
            ctx.note("internal error: a corner certificate failed its re-check (" + checked.failure()
                    + "); please report it");
            return Optional.empty();
        }
        var cls = o.corner().cls();
        return Optional.of(new Decision(Status.NOT_CLOSED, NamedResult.CORNER_CERTIFICATE,
                "corner of a class with mu = " + cls.multiplicity() + " on rows " + Arrays.toString(cert.rows())
                        + " x columns " + Arrays.toString(cert.cols()) + ", special cell ("
                        + o.corner().specialRow() + ", " + o.corner().specialCol() + ")",
                false, checked.certificate()));
    }
}
