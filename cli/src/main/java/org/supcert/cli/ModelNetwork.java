package org.supcert.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.supcert.cases.SupportFile;
import org.supcert.io.FormatException;
import org.supcert.io.LayerMask;
import org.supcert.io.ModelMasks;
import org.supcert.io.NmSparsity;
import org.supcert.io.TensorSource;
import org.supcert.network.LayerOrder;
import org.supcert.network.NetworkLayer;
import org.supcert.support.Mask;
import org.supcert.support.SupportChain;
import org.supcert.support.SupportLimits;

/**
 * The network of a model file for {@code supcert certify}: which layers (all of {@link ModelMasks}'
 * layers, or the named ones), their masks in out x in orientation (PyTorch {@code Linear}; a
 * transposed tensor is stored in x out), and their order (given, or {@link LayerOrder}). A supcert/v1
 * support file is read as the network of its chain.
 *
 * @param model  the file
 * @param layers the layers, input first
 * @param origin per layer (same index): where its mask came from
 * @param order  how the order was determined
 */
record ModelNetwork(Path model, List<NetworkLayer> layers, List<Origin> origin, LayerOrder.Source order) {
    /**
     * Where a layer's mask came from.
     *
     * @param tensor     the tensor read, as named in the file
     * @param kind       how it was read: a {@link LayerMask.Origin} name, or {@link #SUPPORT_FILE}
     * @param transposed true when the stored tensor is in x out
     * @param nm         N:M sparsity along the input dimension, if any
     */
    record Origin(String tensor, String kind, boolean transposed, Optional<NmSparsity> nm) {}

    /** The origin of a factor of a supcert/v1 support file. */
    static final String SUPPORT_FILE = "SUPPORT_FILE";

    /** Suffixes a user may add to a layer name: they name the same layer. */
    private static final List<String> SUFFIXES = List.of("_orig", "_mask", ".bitmask");

    /**
     * Reads a model's network.
     *
     * @param given     layer names in order, input first, or empty for all layers in the default order
     * @param transpose names of layers stored in x out
     * @throws FormatException naming the file and tensor for every problem (exit 2)
     */
    static ModelNetwork read(Path model, List<String> given, List<String> transpose) {
        if (isSupportFile(model)) return fromSupportFile(model, given, transpose);
        try (TensorSource source = TensorSource.open(model)) {
            ModelMasks masks = ModelMasks.of(source);
            List<String> names = new ArrayList<>();
            for (String g : given) {
                String layer = resolve(source, masks, g);
                if (names.contains(layer)) throw new FormatException(model, g, "named twice in the layer list");
                names.add(layer);
            }
            if (given.isEmpty()) {
                if (masks.layers().size() > SupportLimits.MAX_FACTORS) { // before reading any mask
                    throw new FormatException(model, "holds " + masks.layers().size() + " layers, more than a network "
                            + "of at most " + SupportLimits.MAX_FACTORS + " can use; name the network's layers with --layers");
                }
                names.addAll(masks.layers());
            }
            if (names.isEmpty()) throw new FormatException(model, "holds no layer (no tensor of two or more dimensions)");
            Set<String> flip = new LinkedHashSet<>();
            for (String t : transpose) {
                String layer = resolve(source, masks, t);
                if (!names.contains(layer)) {
                    throw new FormatException(model, t, "--transpose names a layer that is not in the network " + names);
                }
                flip.add(layer);
            }
            List<NetworkLayer> layers = new ArrayList<>();
            List<Origin> origins = new ArrayList<>();
            for (String name : names) {
                LayerMask lm = masks.mask(name);
                boolean t = flip.contains(name);
                Mask m = t ? lm.mask().transpose() : lm.mask();
                layers.add(new NetworkLayer(name, m));
                origins.add(new Origin(lm.tensor(), lm.origin().name(), t, NmSparsity.detect(m)));
            }
            if (!given.isEmpty()) {
                for (int k = 1; k < layers.size(); k++) {
                    if (layers.get(k).in() != layers.get(k - 1).out()) {
                        throw new FormatException(model, origins.get(k).tensor(), "shapes do not chain: "
                                + LayerOrder.mismatch(layers.get(k - 1), layers.get(k)) + hint(origins.get(k)));
                    }
                }
                return new ModelNetwork(model, layers, origins, LayerOrder.Source.GIVEN);
            }
            LayerOrder.Ordered ordered;
            try {
                ordered = LayerOrder.of(layers);
            } catch (IllegalArgumentException e) {
                throw new FormatException(model, e.getMessage());
            }
            List<Origin> sorted = new ArrayList<>();
            for (NetworkLayer l : ordered.layers()) sorted.add(origins.get(names.indexOf(l.name())));
            return new ModelNetwork(model, ordered.layers(), sorted, ordered.source());
        }
    }

    /** A supcert/v1 file (README, "Support format"): {@code *.json} other than a safetensors index. */
    static boolean isSupportFile(Path model) {
        String n = model.getFileName() == null ? "" : model.getFileName().toString();
        return n.endsWith(".json") && !n.endsWith(".index.json") && !Files.isDirectory(model);
    }

    /**
     * The factors W_1 ... W_L of a support file in product order are the network x -> W_1 relu(... W_L x):
     * layer "W_L" meets the input first.
     */
    private static ModelNetwork fromSupportFile(Path model, List<String> given, List<String> transpose) {
        if (!given.isEmpty() || !transpose.isEmpty()) {
            throw new IllegalArgumentException(model + ": --layers and --transpose do not apply to a supcert/v1 support "
                    + "file: its factors W_1 ... W_L are in product order, the network is x -> W_1 relu(... W_L x)");
        }
        SupportChain chain = SupportFile.read(model).support();
        List<NetworkLayer> layers = new ArrayList<>();
        List<Origin> origins = new ArrayList<>();
        for (int l = chain.length() - 1; l >= 0; l--) {
            Mask m = chain.factor(l);
            layers.add(new NetworkLayer("W_" + (l + 1), m));
            origins.add(new Origin("factors[" + l + "]", SUPPORT_FILE, false, NmSparsity.detect(m)));
        }
        return new ModelNetwork(model, layers, origins, LayerOrder.Source.GIVEN);
    }

    private static String hint(Origin o) {
        return o.transposed() ? " (it is transposed by --transpose)"
                : " (use --transpose for a tensor stored in x out, e.g. GPT-2's Conv1D)";
    }

    /** A layer by its name, its stored tensor's name, with pruning/bitmask suffixes, or without ".weight". */
    static String resolve(TensorSource source, ModelMasks masks, String name) {
        List<String> layers = masks.layers();
        if (layers.contains(name)) return name;
        for (String l : layers) if (masks.tensorOf(l).equals(name)) return l;
        String n = name;
        while (n.startsWith("module.")) n = n.substring("module.".length());
        for (String s : SUFFIXES) if (n.endsWith(s)) n = n.substring(0, n.length() - s.length());
        if (layers.contains(n)) return n;
        if (layers.contains(n + ".weight")) return n + ".weight";
        if (source.contains(name)) {
            throw new FormatException(source.path(), name, "is not a layer (a layer is a tensor of two or more "
                    + "dimensions, a pruning mask or a bitmask); layers: " + brief(layers));
        }
        throw new FormatException(source.path(), name, "no such layer or tensor; layers: " + brief(layers));
    }

    private static String brief(List<String> layers) {
        if (layers.size() <= 12) return layers.toString();
        return layers.subList(0, 12) + " ... (" + layers.size() + " in all)";
    }
}
