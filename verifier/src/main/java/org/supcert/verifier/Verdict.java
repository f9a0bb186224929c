package org.supcert.verifier;

import java.util.List;
import java.util.Objects;
import org.supcert.certificate.ClosednessCertificate;
import org.supcert.certificate.NamedResult;
import org.supcert.certificate.NotClosedCertificate;

/**
 * The verdict on a whole support: CLOSED when every component is, NOT_CLOSED when one is (the
 * first such component's certificate is the support's), else UNKNOWN. Built by {@link #closed},
 * {@link #notClosed} and {@link #unknown}; every constructor call checks that the result decides the
 * status and that each certificate belongs to it ({@link VerdictInvariants}).
 *
 * @param name             the support's name
 * @param shape            "m x n" of the product, and the factor shapes
 * @param status           the verdict
 * @param result           the deciding result (for CLOSED with several, the strongest needed)
 * @param reason           one sentence
 * @param components       per-component verdicts, in component order
 * @param certificate      for NOT_CLOSED, the certificate (absent only from a {@link #summary})
 * @param proof            for a chain CLOSED by specialization, its re-checked certificate (pairs carry
 *                         theirs per component)
 * @param tractable        every component tractable
 * @param benignLandscape  every component a single class (Theorem A)
 * @param seconds          wall time of the verification
 */
public record Verdict(String name, String shape, Status status, NamedResult result, String reason,
        List<ComponentVerdict> components, NotClosedCertificate certificate, ClosednessCertificate proof, boolean tractable,
        boolean benignLandscape,
        double seconds) {

    public Verdict {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(components, "components");
        VerdictInvariants.check(status, result, certificate, proof);
    }

    /** CLOSED by {@code result} (a result that decides CLOSED), with its closedness certificate if the chain has one. */
    public static Verdict closed(String name, String shape, NamedResult result, String reason, List<ComponentVerdict> components,
            ClosednessCertificate proof, boolean tractable, boolean benignLandscape, double seconds) {
        return new Verdict(name, shape, Status.CLOSED, result, reason, components, null, proof, tractable, benignLandscape,
                seconds);
    }

    /** NOT CLOSED: decided by the result of its re-checked certificate, which it needs. */
    public static Verdict notClosed(String name, String shape, String reason, List<ComponentVerdict> components,
            NotClosedCertificate certificate, boolean tractable, boolean benignLandscape, double seconds) {
        NotClosedCertificate c = VerdictInvariants.required(certificate);
        return new Verdict(name, shape, Status.NOT_CLOSED, c.result(), reason, components, c, null, tractable, benignLandscape,
                seconds);
    }

    /** UNKNOWN: no result decides it, no certificate; the reason says what was tried. */
    public static Verdict unknown(String name, String shape, String reason, List<ComponentVerdict> components,
            boolean tractable, boolean benignLandscape, double seconds) {
        return new Verdict(name, shape, Status.UNKNOWN, NamedResult.NONE, reason, components, null, null, tractable,
                benignLandscape, seconds);
    }

    /**
     * A verdict as summary writers need it, its certificates and components kept elsewhere (e.g. in
     * a JSON line, where they were written after their re-check); status and result stay consistent.
     */
    public static Verdict summary(String name, String shape, Status status, NamedResult result, String reason,
            boolean tractable, boolean benignLandscape) {
        return new Verdict(name, shape, status, result, reason, List.of(), null, null, tractable, benignLandscape, 0.0);
    }

    /** The same verdict with another wall time (0 for byte-reproducible reports). */
    public Verdict withSeconds(double s) {
        return new Verdict(name, shape, status, result, reason, components, certificate, proof, tractable, benignLandscape, s);
    }
}
