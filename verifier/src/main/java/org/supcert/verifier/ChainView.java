package org.supcert.verifier;

import java.util.List;
import java.util.function.UnaryOperator;
import org.supcert.certificate.NotClosedCertificate;
import org.supcert.support.Mask;

/**
 * A chain as a chain rule sees it: the layers after the rewrites made so far (folding, merging,
 * transposition), the words that say what was done, and how to carry a NOT CLOSED certificate
 * found on these layers back to the original support.
 *
 * @param layers      the masks the rule works on
 * @param how         what was done to get them ("" for the chain as given), prefixed to reasons
 * @param lift        maps a certificate on {@code layers} to one on the original chain; null when
 *                    only CLOSED may be concluded from this view (merging)
 * @param original    true when {@code layers} are exactly the support's factors, so that a
 *                    closedness certificate found on them re-checks against the support
 * @param transposed  true when the view is the reversed, transposed chain
 */
record ChainView(List<Mask> layers, String how, UnaryOperator<NotClosedCertificate> lift, boolean original, boolean transposed) {
    boolean closedOnly() { return lift == null; }

    int size() { return layers.size(); }
}
