package org.supcert.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The order of a network's layers when the user does not give it, from names first and shapes second:
 * <ol>
 *   <li><b>names</b>: sort by name with digit runs compared as numbers ({@code fc2 < fc10},
 *       {@code layers.2 < layers.10}). When every two neighbours in that order first differ in a number
 *       ({@code fc1}/{@code fc2}, {@code net.0}/{@code net.2}), the names give the order, and the shapes
 *       must chain in it (each layer's input dimension is the previous layer's output dimension);</li>
 *   <li><b>shapes</b>: otherwise (e.g. {@code hidden}/{@code output}) the order is the only one in which
 *       the shapes chain; none, or more than one, is an error that asks for the order.</li>
 * </ol>
 * File order is not used: safetensors writers sort tensors by dtype and name, so it carries no meaning.
 */
public final class LayerOrder {
    /** Search steps for an order of the shapes before the answer is "ambiguous". */
    static final int SHAPE_SEARCH_BUDGET = 1_000_000;

    /** How an order was determined. */
    public enum Source {
        /** Given by the user. */
        GIVEN,
        /** From numbers in the layer names. */
        NAMES,
        /** The only order in which the shapes chain. */
        SHAPES,
        /** The order of the model's own graph (ONNX nodes are topologically sorted). */
        GRAPH,
        /** GPT-2 blocks by name, in a block c_attn, attn.c_proj, c_fc, mlp.c_proj. */
        BLOCKS
    }

    /**
     * An order of layers and how it was found.
     *
     * @param layers the layers, input first
     * @param source how the order was determined
     */
    public record Ordered(List<NetworkLayer> layers, Source source) {}

    private LayerOrder() {}

    /**
     * Orders layers (given in any order).
     *
     * @throws IllegalArgumentException when the order cannot be determined; the message says why and
     *                                  asks for {@code --layers}
     */
    public static Ordered of(List<NetworkLayer> layers) {
        if (layers.isEmpty()) throw new IllegalArgumentException("no layers (tensors of two or more dimensions) found");
        List<NetworkLayer> byName = new ArrayList<>(layers);
        byName.sort(Comparator.comparing(NetworkLayer::name, LayerOrder::compareNames));
        if (byName.size() == 1) return new Ordered(byName, Source.NAMES);
        Optional<String> unordered = textualNeighbours(byName);
        if (unordered.isEmpty()) {
            for (int k = 1; k < byName.size(); k++) {
                if (byName.get(k).in() != byName.get(k - 1).out()) {
                    throw new IllegalArgumentException("the layers in name order " + names(byName) + " do not chain: "
                            + mismatch(byName.get(k - 1), byName.get(k)) + "; give the network's layers in order with "
                            + "--layers (and --transpose for tensors stored in x out)");
                }
            }
            return new Ordered(byName, Source.NAMES);
        }
        String textual = unordered.get();
        List<List<NetworkLayer>> found = new ArrayList<>();
        boolean complete = shapeOrders(byName, found);
        if (complete && found.size() == 1) return new Ordered(found.get(0), Source.SHAPES);
        if (complete && found.isEmpty()) {
            throw new IllegalArgumentException("the names of the layers do not give their order (" + textual
                    + ") and their shapes chain in no order: " + shapes(byName) + "; give the network's layers in "
                    + "order with --layers (and --transpose for tensors stored in x out)");
        }
        String orders = found.size() > 1 ? "the shapes chain in more than one order, e.g. " + names(found.get(0))
                + " and " + names(found.get(1)) : "the search for an order of the shapes gave up after "
                + SHAPE_SEARCH_BUDGET + " steps";
        throw new IllegalArgumentException("ambiguous layer order: the names do not give it (" + textual + ") and "
                + orders + "; give the order, input first, with --layers NAME,NAME,...");
    }

    /** One line on why {@code next} cannot follow {@code prev}. */
    public static String mismatch(NetworkLayer prev, NetworkLayer next) {
        return "layer '" + next.name() + "' (out x in = " + next.out() + " x " + next.in() + ") cannot follow '"
                + prev.name() + "' (out x in = " + prev.out() + " x " + prev.in() + "): its input dimension "
                + next.in() + " is not " + prev.out();
    }

    /** Natural order: digit runs compare as numbers, the rest as text. */
    static int compareNames(String a, String b) {
        List<String> ta = tokens(a);
        List<String> tb = tokens(b);
        for (int k = 0; k < Math.min(ta.size(), tb.size()); k++) {
            int c = compareTokens(ta.get(k), tb.get(k));
            if (c != 0) return c;
        }
        int c = Integer.compare(ta.size(), tb.size());
        return c != 0 ? c : a.compareTo(b);
    }

    /** Empty when every two neighbours first differ in a number; else a description of two that do not. */
    static Optional<String> textualNeighbours(List<NetworkLayer> sorted) {
        for (int k = 1; k < sorted.size(); k++) {
            List<String> a = tokens(sorted.get(k - 1).name());
            List<String> b = tokens(sorted.get(k).name());
            int i = 0;
            while (i < a.size() && i < b.size() && a.get(i).equals(b.get(i))) i++;
            boolean numeric = i < a.size() && i < b.size() && digits(a.get(i)) && digits(b.get(i));
            if (!numeric) return Optional.of("'" + sorted.get(k - 1).name() + "' and '" + sorted.get(k).name() + "'");
        }
        return Optional.empty();
    }

    /**
     * Collects up to two orders in which the shapes chain, searched in name order (depth first).
     * Returns false when the search ran out of steps before it found two or finished.
     */
    static boolean shapeOrders(List<NetworkLayer> layers, List<List<NetworkLayer>> found) {
        int[] steps = {0};
        boolean[] used = new boolean[layers.size()];
        List<NetworkLayer> path = new ArrayList<>();
        for (int s = 0; s < layers.size() && found.size() < 2 && steps[0] < SHAPE_SEARCH_BUDGET; s++) {
            used[s] = true;
            path.add(layers.get(s));
            extend(layers, used, path, found, steps);
            path.remove(path.size() - 1);
            used[s] = false;
        }
        return found.size() >= 2 || steps[0] < SHAPE_SEARCH_BUDGET;
    }

    private static void extend(List<NetworkLayer> layers, boolean[] used, List<NetworkLayer> path,
            List<List<NetworkLayer>> found, int[] steps) {
        if (found.size() >= 2 || ++steps[0] >= SHAPE_SEARCH_BUDGET) return;
        if (path.size() == layers.size()) {
            found.add(List.copyOf(path));
            return;
        }
        NetworkLayer last = path.get(path.size() - 1);
        for (int k = 0; k < layers.size(); k++) {
            if (used[k] || layers.get(k).in() != last.out()) continue;
            used[k] = true;
            path.add(layers.get(k));
            extend(layers, used, path, found, steps);
            path.remove(path.size() - 1);
            used[k] = false;
        }
    }

    private static int compareTokens(String a, String b) {
        if (digits(a) && digits(b)) {
            String x = a.replaceFirst("^0+(?=.)", "");
            String y = b.replaceFirst("^0+(?=.)", "");
            if (x.length() != y.length()) return Integer.compare(x.length(), y.length());
            int c = x.compareTo(y);
            return c != 0 ? c : Integer.compare(a.length(), b.length());
        }
        return a.compareTo(b);
    }

    private static List<String> tokens(String s) {
        List<String> t = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            boolean d = Character.isDigit(s.charAt(i));
            int j = i;
            while (j < s.length() && Character.isDigit(s.charAt(j)) == d) j++;
            t.add(s.substring(i, j));
            i = j;
        }
        return t;
    }

    private static boolean digits(String token) {
        return !token.isEmpty() && Character.isDigit(token.charAt(0));
    }

    private static String names(List<NetworkLayer> layers) {
        return layers.stream().map(NetworkLayer::name).toList().toString();
    }

    private static String shapes(List<NetworkLayer> layers) {
        return layers.stream().map(l -> l.name() + " " + l.out() + " x " + l.in()).toList().toString();
    }
}
