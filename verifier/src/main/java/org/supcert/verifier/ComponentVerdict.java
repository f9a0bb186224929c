package org.supcert.verifier;

import java.util.Objects;
import org.supcert.certificate.ClosednessCertificate;
import org.supcert.certificate.NamedResult;
import org.supcert.certificate.NotClosedCertificate;
import org.supcert.graph.Component;

/**
 * The verdict on one overlap component (docs/theory.md#section-3). Built by the verifier through
 * {@code closed}, {@code notClosed} and {@code unknown}; every constructor call checks the same
 * invariants as a {@link Verdict}'s, and a NOT CLOSED component always has its certificate.
 *
 * @param index            component number, in order of smallest class
 * @param classes          number of classes
 * @param innerColumns     number of inner columns (sum of multiplicities)
 * @param rows             product rows touched
 * @param cols             product columns touched
 * @param status           the verdict
 * @param result           the result that decided it (NONE for UNKNOWN)
 * @param reason           one sentence: why
 * @param tractable        an exact polynomial FSMF algorithm is known (Theorem A or C)
 * @param benignLandscape  Theorem A's condition (a single class): no spurious minima or valleys
 * @param certificate      for NOT_CLOSED, the checked certificate
 * @param proof            for CLOSED by Theorem S or linearization, the re-checked closedness certificate
 */
public record ComponentVerdict(int index, int classes, int innerColumns, int rows, int cols, Status status,
        NamedResult result, String reason, boolean tractable, boolean benignLandscape, NotClosedCertificate certificate,
        ClosednessCertificate proof) {

    public ComponentVerdict {
        Objects.requireNonNull(reason, "reason");
        VerdictInvariants.check(status, result, certificate, proof);
        if (status == Status.NOT_CLOSED) VerdictInvariants.required(certificate);
    }

    static ComponentVerdict closed(Component k, NamedResult result, String reason, boolean tractable,
            ClosednessCertificate proof) {
        return of(k, Status.CLOSED, result, reason, tractable, null, proof);
    }

    /** Decided by the result of its re-checked certificate; not tractable. */
    static ComponentVerdict notClosed(Component k, String reason, NotClosedCertificate certificate) {
        return of(k, Status.NOT_CLOSED, VerdictInvariants.required(certificate).result(), reason, false, certificate, null);
    }

    static ComponentVerdict unknown(Component k, String reason) {
        return of(k, Status.UNKNOWN, NamedResult.NONE, reason, false, null, null);
    }

    /**
     * The same verdict on the original layers of a rewritten chain: its certificate carried back and
     * re-checked there ({@code lifted}, null when it had none), its closedness certificate dropped
     * (it speaks of the rewritten layers).
     */
    ComponentVerdict onOriginalLayers(NotClosedCertificate lifted) {
        return new ComponentVerdict(index, classes, innerColumns, rows, cols, status, result, reason, tractable, benignLandscape,
                lifted, null);
    }

    private static ComponentVerdict of(Component k, Status status, NamedResult result, String reason, boolean tractable,
            NotClosedCertificate certificate, ClosednessCertificate proof) {
        return new ComponentVerdict(k.index(), k.classCount(), k.innerColumns(), k.rowCount(), k.colCount(), status, result,
                reason, tractable, k.classCount() == 1, certificate, proof);
    }
}
