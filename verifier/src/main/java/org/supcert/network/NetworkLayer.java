package org.supcert.network;

import org.supcert.support.Mask;

/**
 * One layer of a network: its name and its mask in PyTorch's {@code Linear} orientation, out x in
 * (rows = neurons of the layer's output, columns = its inputs). The mask of W in x -> W x.
 *
 * @param name the layer's name, as reports show it
 * @param mask the allowed entries of the weight, out x in
 */
public record NetworkLayer(String name, Mask mask) {
    public NetworkLayer {
        if (name == null || mask == null) throw new IllegalArgumentException("a layer needs a name and a mask");
    }

    /** Output dimension (rows of the mask). */
    public int out() { return mask.rows(); }

    /** Input dimension (columns of the mask). */
    public int in() { return mask.cols(); }
}
