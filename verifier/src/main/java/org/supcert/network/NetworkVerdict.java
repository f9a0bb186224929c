package org.supcert.network;

import org.supcert.certificate.NotClosedCertificate;


/**
 * The verdict on a network's training problem.
 *
 * @param status      what docs/theory.md#section-7 concludes
 * @param reason      the theorem applied and why it applies, one paragraph
 * @param certificate for {@link NetworkStatus#ILL_POSED}, the re-checked certificate that the linear
 *                    set is not closed; otherwise null
 */
public record NetworkVerdict(NetworkStatus status, String reason, NotClosedCertificate certificate) {}
