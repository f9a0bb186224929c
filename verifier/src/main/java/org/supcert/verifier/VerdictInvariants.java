package org.supcert.verifier;

import java.util.Objects;
import org.supcert.certificate.ClosednessCertificate;
import org.supcert.certificate.NamedResult;
import org.supcert.certificate.NotClosedCertificate;

/**
 * What every {@link Verdict} and {@link ComponentVerdict} holds, however it was built: the deciding
 * result decides that status (a theorem or closedness certificate for CLOSED, a certificate's result
 * for NOT CLOSED, {@link NamedResult#NONE} for UNKNOWN), a NOT CLOSED certificate only under NOT
 * CLOSED and a closedness certificate only under CLOSED, each of the deciding result. A breach is a
 * bug in the verifier, so it is an IllegalStateException (an internal error), never an input error.
 */
final class VerdictInvariants {
    private VerdictInvariants() {}

    static void check(Status status, NamedResult result, NotClosedCertificate certificate, ClosednessCertificate proof) {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(result, "result");
        NamedResult.Decides decides = switch (status) {
            case CLOSED -> NamedResult.Decides.CLOSED;
            case NOT_CLOSED -> NamedResult.Decides.NOT_CLOSED;
            case UNKNOWN -> NamedResult.Decides.NOTHING;
        };
        if (result.decides() != decides) {
            throw new IllegalStateException("a " + status + " verdict cannot be decided by " + result.id());
        }
        if (certificate != null && (status != Status.NOT_CLOSED || certificate.result() != result)) {
            throw new IllegalStateException("a " + certificate.result().id() + " certificate on a " + status + " verdict by "
                    + result.id());
        }
        if (proof != null && (status != Status.CLOSED || proof.result() != result)) {
            throw new IllegalStateException("a " + proof.result().id() + " proof on a " + status + " verdict by " + result.id());
        }
    }

    /** NOT CLOSED is printed only with its re-checked certificate. */
    static NotClosedCertificate required(NotClosedCertificate certificate) {
        if (certificate == null) throw new IllegalStateException("a NOT_CLOSED verdict needs its certificate");
        return certificate;
    }
}
