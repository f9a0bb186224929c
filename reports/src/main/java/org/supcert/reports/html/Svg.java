package org.supcert.reports.html;

import java.util.Locale;
import org.supcert.reports.formats.Xml;

/** Shared SVG helpers: escaping, fixed number formatting (Locale.US), the class palette. */
final class Svg {
    /** Qualitative palette (Tableau 10 + 2), indexed by class id modulo its length. */
    static final String[] PALETTE = {"#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948",
        "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac", "#1b9e77", "#7570b3"};
    /** Colours of the layers' heat maps. */
    static final String[] LAYER = {"#2b6cb0", "#2f855a", "#9c4221", "#6b46c1"};

    private Svg() {}

    static String esc(String s) { return Xml.escape(s); }

    /** A number with at most 2 decimals, no trailing zeros. */
    static String n(double x) {
        String s = String.format(Locale.US, "%.2f", x);
        if (s.contains(".")) s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        return s.equals("-0") ? "0" : s;
    }

    static String colour(int classId) { return PALETTE[Math.floorMod(classId, PALETTE.length)]; }

    /** Opening tag of a figure's SVG: unit-less view box scaled to the given pixel width. */
    static String open(StringBuilder b, double vbWidth, double vbHeight, double pxWidth, String label) {
        double pxHeight = pxWidth * vbHeight / vbWidth;
        b.append("<svg class=\"figure\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"")
                .append(esc(label)).append("\" viewBox=\"0 0 ").append(n(vbWidth)).append(' ').append(n(vbHeight))
                .append("\" width=\"").append(n(pxWidth)).append("\" height=\"").append(n(pxHeight)).append("\">");
        return "</svg>";
    }
}
