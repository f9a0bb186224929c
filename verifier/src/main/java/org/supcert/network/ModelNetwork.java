package org.supcert.network;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.supcert.io.FormatException;
import org.supcert.io.GraphWeight;
import org.supcert.io.LayerMask;
import org.supcert.io.ModelMasks;
import org.supcert.io.NmSparsity;
import org.supcert.io.TensorSource;
import org.supcert.support.Mask;
import org.supcert.support.SupportChain;
import org.supcert.support.SupportLimits;

/**
 * The network of a model file: which layers (the file's graph, all of {@link ModelMasks}' layers,
 * or the named ones), their masks in out x in orientation, and their order. Never a guess: the
 * orientation comes from the user, the file's graph (ONNX), or GPT-2's Conv1D names and shapes
 * ({@link GptConv1d}), else PyTorch's {@code Linear} (out x in); when nothing decides and the layers
 * of rectangular shapes chain both as stored and transposed (two different networks), or the shapes
 * chain in more than one order, reading stops with a {@link FormatException} that names the options.
 *
 * @param model  the file
 * @param layers the layers, input first
 * @param origin per layer (same index): where its mask came from
 * @param order  how the order was determined
 */
public record ModelNetwork(Path model, List<NetworkLayer> layers, List<ModelNetwork.Origin> origin, LayerOrder.Source order) {
    /**
     * Where a layer's mask came from.
     *
     * @param tensor     the tensor read, as named in the file
     * @param kind       how it was read: a {@link LayerMask.Origin} name, or {@link #SUPPORT_FILE}
     * @param transposed true when the stored tensor is in x out
     * @param why        what said so ("--transpose", "GPT-2 Conv1D", "ONNX MatMul ..."), "" when not transposed
     * @param nm         N:M sparsity along the input dimension, if any
     */
    public record Origin(String tensor, String kind, boolean transposed, String why, Optional<NmSparsity> nm) {}

    /** The origin of a factor of a supcert/v1 support file. */
    public static final String SUPPORT_FILE = "SUPPORT_FILE";

    /** Suffixes a user may add to a layer name: they name the same layer. */
    private static final List<String> SUFFIXES = List.of("_orig", "_mask", ".bitmask");

    public ModelNetwork {
        layers = List.copyOf(layers);
        origin = List.copyOf(origin);
    }

    /**
     * Reads a model's network.
     *
     * @param given       layer names in order, input first, or empty for the file's network
     * @param transpose   names of layers stored in x out
     * @param orientation how every layer is stored, or {@link Orientation#AUTO}
     * @throws FormatException naming the file (and tensor) for every problem and every ambiguity
     */
    public static ModelNetwork read(Path model, List<String> given, List<String> transpose, Orientation orientation) {
        if (orientation != Orientation.AUTO && !transpose.isEmpty()) {
            throw new FormatException(model, "give --orientation or --transpose, not both");
        }
        try (TensorSource source = TensorSource.open(model)) {
            ModelMasks masks = ModelMasks.of(source);
            Map<String, GraphWeight> graph = new LinkedHashMap<>();
            for (GraphWeight g : source.graphWeights()) graph.putIfAbsent(resolve(source, masks, g.tensor()), g);
            List<String> names = new ArrayList<>();
            for (String g : given) {
                String layer = resolve(source, masks, g);
                if (names.contains(layer)) throw new FormatException(model, g, "named twice in the layer list");
                names.add(layer);
            }
            LayerOrder.Source order = given.isEmpty() ? null : LayerOrder.Source.GIVEN;
            if (given.isEmpty() && !graph.isEmpty()) {
                names.addAll(graph.keySet());
                order = LayerOrder.Source.GRAPH;
            } else if (given.isEmpty()) {
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
            Map<String, LayerMask> read = new LinkedHashMap<>();
            Map<String, int[]> shapes = new LinkedHashMap<>();
            for (String name : names) {
                LayerMask lm = masks.mask(name);
                read.put(name, lm);
                shapes.put(name, new int[] {lm.mask().rows(), lm.mask().cols()});
            }
            GptConv1d.Style style = GptConv1d.Style.NONE;
            if (orientation == Orientation.AUTO && flip.isEmpty() && graph.isEmpty()) {
                try {
                    style = GptConv1d.of(shapes);
                } catch (IllegalArgumentException e) {
                    throw new FormatException(model, e.getMessage());
                }
            }
            boolean decided = orientation != Orientation.AUTO || !flip.isEmpty() || !graph.isEmpty()
                    || style != GptConv1d.Style.NONE;
            List<NetworkLayer> layers = new ArrayList<>();
            List<Origin> origins = new ArrayList<>();
            for (String name : names) {
                LayerMask lm = read.get(name);
                String why = why(name, orientation, flip, graph.get(name), style);
                Mask m = why.isEmpty() ? lm.mask() : lm.mask().transpose();
                layers.add(new NetworkLayer(name, m));
                origins.add(new Origin(lm.tensor(), lm.origin().name(), !why.isEmpty(), why, NmSparsity.detect(m)));
            }
            ModelNetwork n;
            if (order != null) {
                for (int k = 1; k < layers.size(); k++) {
                    if (layers.get(k).in() != layers.get(k - 1).out()) {
                        throw new FormatException(model, origins.get(k).tensor(), "shapes do not chain: "
                                + LayerOrder.mismatch(layers.get(k - 1), layers.get(k)) + hint(origins.get(k)));
                    }
                }
                n = new ModelNetwork(model, layers, origins, order);
            } else if (GptConv1d.order(layers) != null) {
                List<NetworkLayer> sorted = GptConv1d.order(layers);
                for (int k = 1; k < sorted.size(); k++) {
                    if (sorted.get(k).in() != sorted.get(k - 1).out()) {
                        throw new FormatException(model, "the GPT-2 layers in block order do not chain: "
                                + LayerOrder.mismatch(sorted.get(k - 1), sorted.get(k)) + "; name the network's layers "
                                + "with --layers (e.g. one block's mlp.c_fc,mlp.c_proj)");
                    }
                }
                List<Origin> byBlock = new ArrayList<>();
                for (NetworkLayer l : sorted) byBlock.add(origins.get(names.indexOf(l.name())));
                n = new ModelNetwork(model, sorted, byBlock, LayerOrder.Source.BLOCKS);
            } else {
                LayerOrder.Ordered ordered;
                try {
                    ordered = LayerOrder.of(layers);
                } catch (IllegalArgumentException e) {
                    throw new FormatException(model, e.getMessage());
                }
                List<Origin> sorted = new ArrayList<>();
                for (NetworkLayer l : ordered.layers()) sorted.add(origins.get(names.indexOf(l.name())));
                n = new ModelNetwork(model, ordered.layers(), sorted, ordered.source());
            }
            // Transposing every layer and reversing the order is the same network read backwards (P^T),
            // so only an order fixed by the user or the names can make the two orientations differ.
            if (!decided && n.order != LayerOrder.Source.SHAPES && n.chainsTransposed()) {
                throw new FormatException(model, "ambiguous orientation: in the order " + n.names() + " the layers chain "
                        + "both as stored out x in (PyTorch Linear) and transposed in x out (e.g. GPT-2 Conv1D, Keras), "
                        + "which are two different networks; pass --orientation out-in for Linear weights, or "
                        + "--orientation in-out (or --transpose NAME,...) for weights stored in x out");
            }
            return n;
        }
    }

    private static String why(String name, Orientation o, Set<String> flip, GraphWeight g, GptConv1d.Style style) {
        if (o == Orientation.IN_OUT) return "--orientation in-out";
        if (o == Orientation.OUT_IN) return "";
        if (flip.contains(name)) return "--transpose";
        if (g != null) return g.inByOut() ? "ONNX " + g.node() + " takes it in x out" : "";
        if (style == GptConv1d.Style.CONV1D && GptConv1d.NAME.matcher(name).matches()) return "GPT-2 Conv1D, stored in x out";
        return "";
    }

    /**
     * True when at least two layers also chain, in this order, with every mask transposed, and some
     * layer is not square. Shapes then alternate (a x b, b x a, ...): GPT-2's c_fc/c_proj read the wrong
     * way round look exactly like a Linear bottleneck. Networks of square layers (LU, butterfly factors)
     * also chain both ways, but no shape tells them apart: they keep the documented default, out x in.
     */
    private boolean chainsTransposed() {
        if (layers.size() < 2 || layers.stream().allMatch(l -> l.in() == l.out())) return false;
        for (int k = 1; k < layers.size(); k++) {
            if (layers.get(k).out() != layers.get(k - 1).in()) return false;
        }
        return true;
    }

    /**
     * The network of a supcert/v1 support file's chain: factors W_1 ... W_L in product order are the
     * network x -> W_1 relu(... W_L x), so layer "W_L" meets the input first.
     */
    public static ModelNetwork ofChain(Path file, SupportChain chain) {
        List<NetworkLayer> layers = new ArrayList<>();
        List<Origin> origins = new ArrayList<>();
        for (int l = chain.length() - 1; l >= 0; l--) {
            Mask m = chain.factor(l);
            layers.add(new NetworkLayer("W_" + (l + 1), m));
            origins.add(new Origin("factors[" + l + "]", SUPPORT_FILE, false, "", NmSparsity.detect(m)));
        }
        return new ModelNetwork(file, layers, origins, LayerOrder.Source.GIVEN);
    }

    /**
     * The linear sets a report verifies: every consecutive pair of layers, then (for three layers or
     * more) the whole chain, each named by its layers input first joined by "->"
     * ({@code fc1.weight->fc2.weight}); a one-layer network is its layer's linear space.
     */
    public List<SupportChain> supports() {
        List<SupportChain> out = new ArrayList<>();
        if (layers.size() == 1) {
            out.add(new SupportChain(layers.get(0).name(), List.of(layers.get(0).mask())));
            return out;
        }
        for (int k = 0; k + 1 < layers.size(); k++) {
            NetworkLayer lower = layers.get(k);
            NetworkLayer upper = layers.get(k + 1);
            out.add(new SupportChain(lower.name() + "->" + upper.name(), List.of(upper.mask(), lower.mask())));
        }
        if (layers.size() > 2) {
            List<Mask> factors = new ArrayList<>();
            for (int k = layers.size() - 1; k >= 0; k--) factors.add(layers.get(k).mask()); // product order
            out.add(new SupportChain(String.join("->", names()), factors));
        }
        return out;
    }

    private List<String> names() {
        return layers.stream().map(NetworkLayer::name).toList();
    }

    /**
     * True for a file other than a supcert/v1 support file: a model (or tensor) file. A support file is
     * {@code *.json} other than a sharded index, or any file whose first non-blank byte is '{'.
     */
    public static boolean isModelFile(Path file) {
        String n = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (Files.isDirectory(file) || n.endsWith(".index.json")) return true;
        if (n.endsWith(".json")) return false;
        if (n.endsWith(".safetensors") || n.endsWith(".pt") || n.endsWith(".pth") || n.endsWith(".bin")
                || n.endsWith(".onnx") || n.endsWith(".npz") || n.endsWith(".npy") || n.endsWith(".mtx") || n.endsWith(".mm")) {
            return true;
        }
        // a device or a FIFO is never sniffed (reading a FIFO with no writer blocks for ever): the
        // support-file reader refuses it with its own one-line message
        if (!Files.isRegularFile(file)) return false;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(64);
            for (byte b : head) {
                if (b == ' ' || b == '\n' || b == '\r' || b == '\t') continue;
                return b != '{' && (b & 0xff) != 0xef; // '{' or a UTF-8 byte order mark: JSON
            }
            return false;
        } catch (IOException e) {
            return false; // unreadable: the support-file reader reports it
        }
    }

    private static String hint(Origin o) {
        return o.transposed() ? " (it is transposed: " + o.why() + ")"
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
