package org.supcert.reports.html;

import java.util.Locale;
import org.supcert.support.Mask;

/**
 * A mask as a heat map. Up to {@link #MAX_CELLS} rows and columns it is drawn entry by entry;
 * beyond, blocks of f x f entries (f the smallest integer that brings both sides under the limit)
 * are drawn as one cell shaded by the fraction of allowed entries, in 8 levels, and the caption
 * states f. Runs of equal cells in a row become one rectangle, so the SVG stays small. O(nnz).
 */
final class MaskFigure {
    /** Most cells drawn per side. */
    static final int MAX_CELLS = 160;
    /** Shading levels of a downsampled cell. */
    static final int LEVELS = 8;
    /** Widest figure, in CSS pixels. */
    static final int MAX_PX = 360;

    private MaskFigure() {}

    /** Downsampling factor for a mask of this shape. */
    static int factor(int rows, int cols) {
        int big = Math.max(rows, cols);
        return Math.max(1, (big + MAX_CELLS - 1) / MAX_CELLS);
    }

    static void render(StringBuilder b, Mask m, String title, String colour) {
        int f = factor(m.rows(), m.cols());
        int gr = (m.rows() + f - 1) / f;
        int gc = (m.cols() + f - 1) / f;
        int[] count = new int[Math.max(1, gr * gc)];
        for (int i = 0; i < m.rows(); i++) {
            int base = (i / f) * gc;
            for (int j : m.row(i)) count[base + j / f]++;
        }
        b.append("<figure class=\"mask\">");
        double px = Math.min(MAX_PX, Math.max(96, Math.max(gr, gc) * 14.0));
        double w = Math.max(gc, 1);
        double h = Math.max(gr, 1);
        double scale = px / Math.max(w, h);
        String close = Svg.open(b, w, h, w * scale, title);
        b.append("<rect x=\"0\" y=\"0\" width=\"").append(Svg.n(w)).append("\" height=\"").append(Svg.n(h))
                .append("\" fill=\"#f7f7f7\"/>");
        b.append("<g fill=\"").append(colour).append("\" shape-rendering=\"crispEdges\">");
        for (int r = 0; r < gr; r++) {
            int rowsInBlock = Math.min(f, m.rows() - r * f);
            int c = 0;
            while (c < gc) {
                int level = level(count[r * gc + c], rowsInBlock * Math.min(f, m.cols() - c * f), f);
                int start = c;
                while (c < gc && level(count[r * gc + c], rowsInBlock * Math.min(f, m.cols() - c * f), f) == level) c++;
                if (level == 0) continue;
                b.append("<rect x=\"").append(start).append("\" y=\"").append(r).append("\" width=\"").append(c - start)
                        .append("\" height=\"1\"");
                if (level < LEVELS) b.append(" fill-opacity=\"").append(Svg.n((double) level / LEVELS)).append('"');
                b.append("/>");
            }
        }
        b.append("</g>");
        if (f == 1 && gr <= 40 && gc <= 40) grid(b, gr, gc);
        b.append(close);
        b.append("<figcaption>").append(Svg.esc(title)).append(": ").append(m.rows()).append(" x ").append(m.cols())
                .append(", ").append(m.nonZeros()).append(" allowed entries");
        if (f > 1) {
            b.append(String.format(Locale.US, "; <b>downsampled by %d x %d</b> (one cell per %d x %d block, shade = "
                    + "fraction of allowed entries)", f, f, f, f));
        }
        b.append("</figcaption></figure>\n");
    }

    /** 0 for an empty block, LEVELS for a full one, else 1..LEVELS-1. */
    private static int level(int count, int cells, int f) {
        if (count == 0) return 0;
        if (f == 1 || count >= cells) return LEVELS;
        return Math.max(1, Math.min(LEVELS - 1, (int) ((long) count * LEVELS / cells)));
    }

    private static void grid(StringBuilder b, int gr, int gc) {
        b.append("<g stroke=\"#ffffff\" stroke-width=\"0.06\">");
        for (int r = 1; r < gr; r++) b.append("<line x1=\"0\" y1=\"").append(r).append("\" x2=\"").append(gc).append("\" y2=\"").append(r).append("\"/>");
        for (int c = 1; c < gc; c++) b.append("<line x1=\"").append(c).append("\" y1=\"0\" x2=\"").append(c).append("\" y2=\"").append(gr).append("\"/>");
        b.append("</g>");
    }
}
