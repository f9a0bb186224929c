package org.supcert.io;

import java.util.Optional;
import org.supcert.support.Mask;

/**
 * The mask of one layer of a model file, with where it came from. The mask has the stored shape:
 * out x in for PyTorch {@code Linear} weights ({@code mask().transpose()} gives in x out).
 */
public final class LayerMask {
    /** How the mask was obtained. */
    public enum Origin {
        /** PyTorch pruning: the {@code <name>_mask} tensor next to {@code <name>_orig}. */
        PRUNING_MASK,
        /** compressed-tensors: the {@code <name>.bitmask} tensor decoded with {@code <name>.shape}. */
        BITMASK,
        /** A tensor holding only 0 and 1: the mask itself. */
        BINARY_TENSOR,
        /** The non-zeros of a weight tensor. */
        WEIGHT_SUPPORT
    }

    private final String layer;
    private final String tensor;
    private final Origin origin;
    private final Mask mask;
    private Optional<NmSparsity> nm;

    LayerMask(String layer, String tensor, Origin origin, Mask mask) {
        this.layer = layer;
        this.tensor = tensor;
        this.origin = origin;
        this.mask = mask;
    }

    /** The layer's name: the tensor name without {@code module.} prefixes and pruning suffixes. */
    public String layer() { return layer; }

    /** The tensor the mask was read from, as named in the file. */
    public String tensor() { return tensor; }

    public Origin origin() { return origin; }

    public Mask mask() { return mask; }

    /** N:M structured sparsity along the rows (the input dimension of an out x in weight), if any. */
    public Optional<NmSparsity> nm() {
        if (nm == null) nm = NmSparsity.detect(mask);
        return nm;
    }

    @Override
    public String toString() {
        return layer + " <- " + tensor + " (" + origin + ", " + mask + ")";
    }
}
