package org.supcert.verifier;

import java.util.List;
import org.supcert.certificate.ClosednessCertificate;
import org.supcert.certificate.NamedResult;
import org.supcert.certificate.NotClosedCertificate;

/**
 * The verdict on a whole support: CLOSED when every component is, NOT_CLOSED when one is (the
 * first such component's certificate is the support's), else UNKNOWN.
 *
 * @param name             the support's name
 * @param shape            "m x n" of the product, and the factor shapes
 * @param status           the verdict
 * @param result           the deciding result (for CLOSED with several, the strongest needed)
 * @param reason           one sentence
 * @param components       per-component verdicts, in component order
 * @param certificate      for NOT_CLOSED, the certificate
 * @param proof            for a chain CLOSED by specialization, its re-checked certificate (pairs carry
 *                         theirs per component)
 * @param tractable        every component tractable
 * @param benignLandscape  every component a single class (Theorem A)
 * @param seconds          wall time of the verification
 */
public record Verdict(String name, String shape, Status status, NamedResult result, String reason,
        List<ComponentVerdict> components, NotClosedCertificate certificate, ClosednessCertificate proof, boolean tractable,
        boolean benignLandscape,
        double seconds) {}
