package org.supcert.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.supcert.support.Mask;

/**
 * The layer masks of a model file, following the conventions of the files people have:
 * <ul>
 *   <li>{@code module.} prefixes (DataParallel) are stripped from every name;</li>
 *   <li>PyTorch pruning stores {@code <name>_orig} (the dense weight) and {@code <name>_mask} (0/1 in
 *       the weight's float dtype): the layer is {@code <name>} and its mask the {@code _mask} tensor,
 *       which must be 0/1 and of the weight's shape;</li>
 *   <li>compressed-tensors stores {@code <name>.bitmask} (uint8, rows x ceil(cols/8), bit b of byte k
 *       is column 8k + b: little bit order) with {@code <name>.shape} (rows, cols); its
 *       {@code .compressed} and {@code .row_offsets} companions are not layers;</li>
 *   <li>any other tensor of two or more dimensions is a layer: a 0/1 tensor is its own mask, any other
 *       its support (non-zeros). Tensors of fewer dimensions (biases, scalars) are not layers.</li>
 * </ul>
 * Masks keep the stored orientation (see {@link LayerMask}); they are read on demand, one at a time.
 */
public final class ModelMasks {
    static final String MODULE_PREFIX = "module.";
    static final String PRUNING_ORIG = "_orig";
    static final String PRUNING_MASK = "_mask";
    static final String BITMASK = ".bitmask";
    static final String BITMASK_SHAPE = ".shape";
    static final List<String> BITMASK_COMPANIONS = List.of(".shape", ".compressed", ".row_offsets");

    private enum Kind { PRUNING, BITMASK, PLAIN }

    private static final class Plan {
        final Kind kind;
        final String tensor; // the tensor read for the mask
        final String partner; // _orig for pruning, .shape for bitmask

        Plan(Kind kind, String tensor, String partner) {
            this.kind = kind;
            this.tensor = tensor;
            this.partner = partner;
        }
    }

    private final TensorSource source;
    private final Map<String, Plan> plans;

    private ModelMasks(TensorSource source, Map<String, Plan> plans) {
        this.source = source;
        this.plans = plans;
    }

    /** Works out the layers of a source from its tensor names (headers only; nothing is decoded). */
    public static ModelMasks of(TensorSource source) {
        Map<String, String> byNormal = new LinkedHashMap<>(); // normalized name -> stored name
        Map<String, Integer> ndim = new HashMap<>();
        for (TensorInfo t : source.tensors()) {
            ndim.put(t.name(), t.ndim());
            String n = strip(t.name());
            String clash = byNormal.put(n, t.name());
            if (clash != null) {
                throw new FormatException(source.path(), t.name(), "names the same tensor '" + n + "' as '" + clash
                        + "' once '" + MODULE_PREFIX + "' prefixes are stripped");
            }
        }
        Set<String> consumed = new HashSet<>();
        for (String n : byNormal.keySet()) {
            if (n.endsWith(PRUNING_MASK) && byNormal.containsKey(base(n, PRUNING_MASK) + PRUNING_ORIG)) {
                consumed.add(base(n, PRUNING_MASK) + PRUNING_ORIG);
            }
            if (n.endsWith(BITMASK)) {
                for (String c : BITMASK_COMPANIONS) consumed.add(base(n, BITMASK) + c);
            }
        }
        Map<String, Plan> plans = new LinkedHashMap<>();
        Map<String, String> layerOf = new HashMap<>();
        for (Map.Entry<String, String> e : byNormal.entrySet()) {
            String n = e.getKey();
            String stored = e.getValue();
            if (consumed.contains(n)) continue;
            String layer;
            Plan plan;
            if (n.endsWith(PRUNING_MASK) && byNormal.containsKey(base(n, PRUNING_MASK) + PRUNING_ORIG)) {
                layer = base(n, PRUNING_MASK);
                plan = new Plan(Kind.PRUNING, stored, byNormal.get(layer + PRUNING_ORIG));
            } else if (n.endsWith(BITMASK)) {
                layer = base(n, BITMASK);
                String shape = byNormal.get(layer + BITMASK_SHAPE);
                if (shape == null) {
                    throw new FormatException(source.path(), stored, "bitmask without its '" + layer + BITMASK_SHAPE
                            + "' tensor");
                }
                plan = new Plan(Kind.BITMASK, stored, shape);
            } else {
                if (ndim.get(stored) < 2) continue;
                layer = n;
                plan = new Plan(Kind.PLAIN, stored, null);
            }
            String other = layerOf.put(layer, stored);
            if (other != null) {
                throw new FormatException(source.path(), stored, "gives layer '" + layer + "' a second mask (also from '"
                        + other + "')");
            }
            plans.put(layer, plan);
        }
        return new ModelMasks(source, plans);
    }

    /** The layers, in file order. */
    public List<String> layers() { return new ArrayList<>(plans.keySet()); }

    /** The stored name of the tensor a layer's mask is read from. */
    public String tensorOf(String layer) { return plan(layer).tensor; }

    /** Reads the mask of one layer. @throws FormatException naming the file and tensor */
    public LayerMask mask(String layer) {
        Plan p = plan(layer);
        switch (p.kind) {
            case PRUNING: return pruning(layer, p);
            case BITMASK: return new LayerMask(layer, p.tensor, LayerMask.Origin.BITMASK, bitmask(p));
            default:
                SupportScan s = source.scanSupport(p.tensor);
                return new LayerMask(layer, p.tensor,
                        s.binary ? LayerMask.Origin.BINARY_TENSOR : LayerMask.Origin.WEIGHT_SUPPORT, s.mask);
        }
    }

    private Plan plan(String layer) {
        Plan p = plans.get(layer);
        if (p == null) {
            throw new FormatException(source.path(), layer, "no such layer; layers: " + plans.keySet());
        }
        return p;
    }

    private LayerMask pruning(String layer, Plan p) {
        TensorInfo mask = source.info(p.tensor);
        TensorInfo orig = source.info(p.partner);
        if (!Arrays.equals(mask.shape(), orig.shape())) {
            throw new FormatException(source.path(), p.tensor, "pruning mask of shape " + mask.shapeString()
                    + " does not match '" + p.partner + "' of shape " + orig.shapeString());
        }
        SupportScan s = source.scanSupport(p.tensor);
        if (!s.binary) {
            throw new FormatException(source.path(), p.tensor, "pruning mask holds values other than 0 and 1");
        }
        return new LayerMask(layer, p.tensor, LayerMask.Origin.PRUNING_MASK, s.mask);
    }

    private Mask bitmask(Plan p) {
        DenseMatrix shape = source.dense(p.partner);
        double[] v = shape.data();
        if (v.length != 2 || v[0] != Math.rint(v[0]) || v[1] != Math.rint(v[1]) || v[0] < 1 || v[1] < 1) {
            throw new FormatException(source.path(), p.partner, "bitmask shape " + Arrays.toString(v)
                    + " is not two positive integers");
        }
        long rows = (long) v[0];
        long cols = (long) v[1];
        TensorInfo bits = source.info(p.tensor);
        if (!bits.dtype().equals(DType.U8.name()) && !bits.dtype().equals(DType.I8.name())) {
            throw new FormatException(source.path(), p.tensor, "bitmask dtype " + bits.dtype() + " is not U8");
        }
        long bytesPerRow = (cols + 7) / 8;
        if (bits.rows() != rows || bits.cols() != bytesPerRow) {
            throw new FormatException(source.path(), p.tensor, "bitmask of shape " + bits.shapeString()
                    + " does not pack a " + rows + " x " + cols + " mask (expected (" + rows + ", " + bytesPerRow + "))");
        }
        Mask.Builder b;
        try {
            b = new Mask.Builder((int) Math.min(rows, Integer.MAX_VALUE), (int) Math.min(cols, Integer.MAX_VALUE));
        } catch (IllegalArgumentException e) {
            throw new FormatException(source.path(), p.tensor, e.getMessage());
        }
        int c = (int) cols;
        try {
            source.scanEntries(p.tensor, (i, jb, re, im) -> {
            int byteValue = (int) re & 0xff;
            for (int bit = 0; bit < 8 && byteValue != 0; bit++, byteValue >>>= 1) {
                if ((byteValue & 1) == 0) continue;
                int j = jb * 8 + bit;
                if (j >= c) {
                    throw new FormatException(source.path(), p.tensor, "row " + i + " sets padding bit " + bit
                            + " of byte " + jb + " beyond column " + (c - 1));
                }
                b.set(i, j);
            }
            });
        } catch (FormatException e) {
            throw e;
        } catch (IllegalArgumentException e) { // the mask's own limits
            throw new FormatException(source.path(), p.tensor, e.getMessage());
        }
        return b.build();
    }

    static String strip(String name) {
        String n = name;
        while (n.startsWith(MODULE_PREFIX)) n = n.substring(MODULE_PREFIX.length());
        return n;
    }

    private static String base(String name, String suffix) {
        return name.substring(0, name.length() - suffix.length());
    }
}
