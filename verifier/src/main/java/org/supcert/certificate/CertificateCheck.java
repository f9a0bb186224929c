package org.supcert.certificate;

import java.util.Optional;
import org.supcert.poly.Attainability;
import org.supcert.poly.SolverLimits;
import org.supcert.poly.SolverOutcome;
import org.supcert.poly.SolverTroubleException;

/**
 * Re-checks a certificate from scratch, independently of the search that produced it: the curve
 * exactly ({@link CurveCheck}), and B's unattainability by Z3 (UNSAT) and, for corner
 * certificates, by the combinatorial proof ({@link CornerProof}). A certificate is valid only when
 * the curve holds and at least one unattainability proof holds; anything else is reported, never
 * printed as NOT CLOSED.
 */
public final class CertificateCheck {
    private CertificateCheck() {}

    /** The outcome: the certificate with its checks filled in, or the reason it failed. */
    /**
     * @param byClock the Z3 query was stopped by its wall-clock safety net (not a verdict on the
     *                certificate: the caller marks its own verdict as cut by the clock)
     */
    public record Outcome(NotClosedCertificate certificate, boolean valid, String failure, boolean byClock) {
        Outcome(NotClosedCertificate certificate, boolean valid, String failure) {
            this(certificate, valid, failure, false);
        }
    }

    /**
     * @param z3 limits of the Z3 query; null skips Z3 (then the combinatorial proof must hold)
     */
    public static Outcome check(NotClosedCertificate cert, SolverLimits z3) {
        Optional<String> curve = CurveCheck.violation(cert.pattern(), cert.target(), cert.curve());
        if (curve.isPresent()) return new Outcome(cert, false, "the Laurent curve does not check: " + curve.get());
        String curveText = "exact rational check passed (degree " + cert.curve().degree() + ")";
        // empty: the combinatorial proof holds
        Optional<String> combinatorial = cert instanceof CornerCertificate corner ? CornerProof.violation(corner)
                : Optional.of("not a corner");
        String z3Text = null;
        boolean clockCut = false;
        if (z3 != null) {
            SolverOutcome o;
            try {
                o = Attainability.check(cert.pattern(), cert.target(), z3);
            } catch (SolverTroubleException e) { // Z3 failed: not a proof either way, as a resource limit
                o = SolverOutcome.unknown(e.getMessage(), 0);
            }
            if (o.isSat()) {
                return new Outcome(cert, false, "Z3 found B attainable (SAT): the witness is wrong");
            }
            z3Text = o.isUnsat() ? "Z3 nlsat: UNSAT" : o.reason();
            clockCut = o.byClock();
            if (o.isUnsat()) {
                String text = z3Text + (combinatorial.isEmpty() ? "; corner determinant proof holds" : "");
                return new Outcome(cert.withChecks(new NotClosedCertificate.Checks(curveText, text)), true, null);
            }
        }
        if (combinatorial.isEmpty()) {
            String text = "corner determinant proof holds (exact)" + (z3Text == null ? "" : "; " + z3Text);
            return new Outcome(cert.withChecks(new NotClosedCertificate.Checks(curveText, text)), true, null);
        }
        return new Outcome(cert, false, "B's unattainability is not proved: "
                + (z3Text == null ? "Z3 not run" : z3Text) + "; combinatorial proof: " + combinatorial.get(), clockCut);
    }
}
