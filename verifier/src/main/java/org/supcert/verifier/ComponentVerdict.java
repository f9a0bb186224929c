package org.supcert.verifier;

import org.supcert.certificate.ClosednessCertificate;
import org.supcert.certificate.NamedResult;
import org.supcert.certificate.NotClosedCertificate;

/**
 * The verdict on one overlap component (docs/theory.md#section-3).
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
        ClosednessCertificate proof) {}
