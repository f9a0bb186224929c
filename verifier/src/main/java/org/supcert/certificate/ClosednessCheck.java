package org.supcert.certificate;

import java.util.Optional;
import org.supcert.support.SupportChain;

/** Re-checks any closedness certificate against the support it speaks of, from scratch. */
public final class ClosednessCheck {
    private ClosednessCheck() {}

    /** Empty when the certificate holds for {@code support}, else the first failure. */
    public static Optional<String> check(ClosednessCertificate c, SupportChain support) {
        if (c instanceof SpecializationCertificate s) return SpecializationCertificate.check(s, support.factors());
        if (!support.isPair()) {
            return Optional.of("the support has " + support.length() + " factors; a " + c.result().id() + " certificate speaks of a pair");
        }
        if (c instanceof SpanningCertificate s) return SpanningCertificate.check(s, support.asPair());
        if (c instanceof LinearizationCertificate l) return LinearizationCertificate.check(l, support.asPair());
        return Optional.of("unknown certificate kind " + c.result().id());
    }
}
