package org.supcert.io;

import org.supcert.support.Mask;

/** The support of a tensor and whether the tensor held only zeros and ones (then it is a mask itself). */
final class SupportScan {
    final Mask mask;
    final boolean binary;

    SupportScan(Mask mask, boolean binary) {
        this.mask = mask;
        this.binary = binary;
    }
}
