package org.supcert.reports.html;

import java.util.List;
import org.supcert.certificate.NotClosedCertificate;
import org.supcert.graph.SupportClass;

/**
 * The rank-one supports S_c = R_c x C_c of the classes (docs/theory.md#section-2) on the m x n product
 * grid, each class in its palette colour (translucent, so overlaps show darker); complete classes
 * (mu_c >= min(|R_c|, |C_c|)) are outlined with a dashed border and marked in the legend. For a NOT
 * CLOSED support the witness block R' x C' is outlined in red. Drawn only for small products
 * ({@link #fits}); the report says so otherwise.
 */
final class ClassFigure {
    /** Largest product side drawn. */
    static final int MAX_SIDE = 96;
    /** Most classes drawn. */
    static final int MAX_CLASSES = 256;
    /** Classes listed one by one in the legend. */
    static final int MAX_LEGEND = 24;

    private ClassFigure() {}

    static boolean fits(int rows, int cols, int classes) {
        return rows <= MAX_SIDE && cols <= MAX_SIDE && classes <= MAX_CLASSES;
    }

    static void render(StringBuilder b, int rows, int cols, List<SupportClass> classes, NotClosedCertificate witness) {
        b.append("<figure class=\"classes\">");
        double px = Math.min(360, Math.max(120, Math.max(rows, cols) * 16.0));
        double scale = px / Math.max(1, Math.max(rows, cols));
        String close = Svg.open(b, cols, rows, cols * scale, "rank-one supports by class");
        b.append("<rect x=\"0\" y=\"0\" width=\"").append(cols).append("\" height=\"").append(rows)
                .append("\" fill=\"#ffffff\" stroke=\"#999\" stroke-width=\"0.05\"/>");
        for (SupportClass c : classes) {
            String colour = Svg.colour(c.id());
            b.append("<g fill=\"").append(colour).append("\" fill-opacity=\"0.4\" shape-rendering=\"crispEdges\"");
            if (c.isComplete()) {
                b.append(" stroke=\"").append(colour).append("\" stroke-opacity=\"1\" stroke-width=\"0.12\" stroke-dasharray=\"0.3 0.15\"");
            }
            b.append("><title>").append(Svg.esc(title(c))).append("</title>");
            runs(b, c.rows(), c.cols(), "");
            b.append("</g>");
        }
        if (witness != null && witness.pattern().size() == 2) {
            b.append("<g fill=\"none\" stroke=\"#d00000\" stroke-width=\"0.18\"><title>witness block</title>");
            runs(b, witness.rows(), witness.cols(), "");
            b.append("</g>");
        }
        b.append(close);
        b.append("<figcaption>rank-one supports of ").append(classes.size()).append(" class(es) on the ").append(rows)
                .append(" x ").append(cols).append(" product (translucent: overlaps are darker; dashed border: complete class");
        if (witness != null) b.append("; red: the witness block");
        b.append(")<ul class=\"legend\">");
        int listed = 0;
        long complete = classes.stream().filter(SupportClass::isComplete).count();
        for (SupportClass c : classes) {
            if (listed++ >= MAX_LEGEND) break;
            b.append("<li><span class=\"swatch\" style=\"background:").append(Svg.colour(c.id())).append("\"></span>")
                    .append(Svg.esc(title(c))).append("</li>");
        }
        if (classes.size() > MAX_LEGEND) {
            b.append("<li>... ").append(classes.size() - MAX_LEGEND).append(" more (").append(complete)
                    .append(" complete in all)</li>");
        }
        b.append("</ul></figcaption></figure>\n");
    }

    static String title(SupportClass c) {
        return "class " + c.id() + ": mu = " + c.multiplicity() + ", " + c.rows().length + " x " + c.cols().length
                + (c.isComplete() ? ", complete" : "");
    }

    /** One rectangle per row of {@code rowSet} and per run of consecutive columns of {@code colSet}. */
    static void runs(StringBuilder b, int[] rowSet, int[] colSet, String attrs) {
        for (int i : rowSet) {
            int k = 0;
            while (k < colSet.length) {
                int start = k;
                while (k + 1 < colSet.length && colSet[k + 1] == colSet[k] + 1) k++;
                b.append("<rect x=\"").append(colSet[start]).append("\" y=\"").append(i).append("\" width=\"")
                        .append(colSet[k] - colSet[start] + 1).append("\" height=\"1\"").append(attrs).append("/>");
                k++;
            }
        }
    }
}
