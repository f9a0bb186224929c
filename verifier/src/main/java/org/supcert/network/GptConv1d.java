package org.supcert.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * GPT-2's {@code Conv1D} weights ({@code attn.c_attn}, {@code attn.c_proj}, {@code mlp.c_fc},
 * {@code mlp.c_proj}), which Hugging Face stores in x out, unlike {@code Linear}. The names alone do
 * not decide: nanoGPT and its descendants use the same names for {@code Linear} (out x in) weights.
 * The shapes do: {@code c_attn} maps d to 3d and {@code c_fc} expands, so {@code c_attn} of shape
 * (d, 3d) or {@code c_fc} wider than tall is Conv1D, their transposes Linear; {@code attn.c_proj} is
 * square and takes the verdict of its file.
 */
final class GptConv1d {
    /** The four Conv1D layers of a GPT-2 block, by the end of their normalized names. */
    static final Pattern NAME = Pattern.compile("(^|.*\\.)(attn\\.c_attn|attn\\.c_proj|mlp\\.c_fc|mlp\\.c_proj)(\\.weight)?$");

    /** What the GPT-2 names and shapes of a file say. */
    enum Style { NONE, CONV1D, LINEAR }

    /**
     * Decides the style of a file's GPT-2-named layers from their stored shapes (rows, cols).
     *
     * @throws IllegalArgumentException when some shapes say Conv1D and others Linear, or the names are
     *                                  GPT-2's but no shape decides; the message names the options
     */
    static Style of(Map<String, int[]> storedShapes) {
        List<String> conv = new ArrayList<>();
        List<String> linear = new ArrayList<>();
        boolean any = false;
        for (Map.Entry<String, int[]> e : storedShapes.entrySet()) {
            var m = NAME.matcher(e.getKey());
            if (!m.matches()) continue;
            any = true;
            int rows = e.getValue()[0];
            int cols = e.getValue()[1];
            switch (m.group(2)) {
                case "attn.c_attn" -> {
                    if (cols == 3 * rows) conv.add(e.getKey());
                    else if (rows == 3 * cols) linear.add(e.getKey());
                }
                case "mlp.c_fc" -> {
                    if (cols > rows) conv.add(e.getKey());
                    else if (rows > cols) linear.add(e.getKey());
                }
                case "mlp.c_proj" -> {
                    if (rows > cols) conv.add(e.getKey());
                    else if (cols > rows) linear.add(e.getKey());
                }
                default -> { } // attn.c_proj is square: it follows the others
            }
        }
        if (!any) return Style.NONE;
        if (!conv.isEmpty() && !linear.isEmpty()) {
            throw new IllegalArgumentException("GPT-2-named layers disagree on their orientation: " + conv.get(0)
                    + " is stored in x out (Conv1D) but " + linear.get(0) + " out x in (Linear); name the network with "
                    + "--layers and the in x out ones with --transpose");
        }
        if (conv.isEmpty() && linear.isEmpty()) {
            throw new IllegalArgumentException("the layers have GPT-2's Conv1D names but no shape says whether they are "
                    + "stored in x out (Hugging Face Conv1D) or out x in (Linear, as in nanoGPT); pass --orientation in-out "
                    + "for Conv1D or --orientation out-in for Linear");
        }
        return conv.isEmpty() ? Style.LINEAR : Style.CONV1D;
    }

    /**
     * The order of GPT-2-named layers, when every layer has such a name: blocks by their names
     * ({@code h.2} before {@code h.10}), in a block c_attn, attn.c_proj, c_fc, mlp.c_proj (the order
     * data meets them); null otherwise.
     */
    static List<NetworkLayer> order(List<NetworkLayer> layers) {
        for (NetworkLayer l : layers) if (!NAME.matcher(l.name()).matches()) return null;
        List<NetworkLayer> sorted = new ArrayList<>(layers);
        sorted.sort(java.util.Comparator.comparing((NetworkLayer l) -> block(l.name()), LayerOrder::compareNames)
                .thenComparingInt(l -> ROLES.indexOf(role(l.name()))));
        return sorted;
    }

    private static final List<String> ROLES = List.of("attn.c_attn", "attn.c_proj", "mlp.c_fc", "mlp.c_proj");

    private static String role(String name) {
        var m = NAME.matcher(name);
        return m.matches() ? m.group(2) : "";
    }

    private static String block(String name) {
        var m = NAME.matcher(name);
        return m.matches() ? m.group(1) : "";
    }

    private GptConv1d() {}
}
