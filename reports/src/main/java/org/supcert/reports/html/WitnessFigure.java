package org.supcert.reports.html;

import org.apache.commons.numbers.fraction.BigFraction;
import org.supcert.certificate.CornerCertificate;
import org.supcert.certificate.NotClosedCertificate;
import org.supcert.certificate.Certificate;
import org.supcert.exact.RationalMatrix;

/**
 * The witness of a NOT CLOSED certificate (docs/theory.md#section-5 to #section-6): the block R' x C' with the value
 * of B in every cell (non-zero cells shaded, the special cell (i*, j*) of a corner certificate in
 * orange), product row and column indices on the margins.
 */
final class WitnessFigure {
    /** Largest block drawn cell by cell. */
    static final int MAX_SIDE = 24;

    private WitnessFigure() {}

    static boolean fits(NotClosedCertificate c) {
        return c.target().rows() <= MAX_SIDE && c.target().cols() <= MAX_SIDE;
    }

    static void render(StringBuilder b, NotClosedCertificate c) {
        RationalMatrix t = c.target();
        int m = t.rows();
        int n = t.cols();
        double cell = 40;
        double margin = 34;
        double w = margin + n * cell + 4;
        double h = margin + m * cell + 4;
        b.append("<figure class=\"witness\">");
        String close = Svg.open(b, w, h, Math.min(420, w), "witness block B");
        b.append("<g font-size=\"11\" text-anchor=\"middle\" fill=\"#555\">");
        for (int j = 0; j < n; j++) {
            b.append("<text x=\"").append(Svg.n(margin + (j + 0.5) * cell)).append("\" y=\"").append(Svg.n(margin - 8))
                    .append("\">").append(c.cols()[j]).append("</text>");
        }
        for (int i = 0; i < m; i++) {
            b.append("<text x=\"").append(Svg.n(margin / 2)).append("\" y=\"").append(Svg.n(margin + (i + 0.5) * cell + 4))
                    .append("\">").append(c.rows()[i]).append("</text>");
        }
        int[] corner = c instanceof CornerCertificate k ? k.special() : null;
        b.append("</g><g font-size=\"14\" text-anchor=\"middle\">");
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                boolean special = corner != null && corner[0] == i && corner[1] == j;
                BigFraction v = t.get(i, j);
                String fill = special ? "#fbd38d" : v.signum() != 0 ? "#fed7d7" : "#ffffff";
                double x = margin + j * cell;
                double y = margin + i * cell;
                b.append("<rect x=\"").append(Svg.n(x)).append("\" y=\"").append(Svg.n(y)).append("\" width=\"")
                        .append(Svg.n(cell)).append("\" height=\"").append(Svg.n(cell)).append("\" fill=\"").append(fill)
                        .append("\" stroke=\"#d00000\" stroke-width=\"1\"/>");
                b.append("<text x=\"").append(Svg.n(x + cell / 2)).append("\" y=\"").append(Svg.n(y + cell / 2 + 5))
                        .append("\">").append(Svg.esc(Laurent.rational(v))).append("</text>");
            }
        }
        b.append("</g>");
        b.append(close);
        b.append("<figcaption>witness B on rows ").append(Svg.esc(java.util.Arrays.toString(c.rows()))).append(" x columns ")
                .append(Svg.esc(java.util.Arrays.toString(c.cols())));
        if (corner != null) b.append("; orange: the special cell (i*, j*)");
        b.append(": B is a limit of products in the support but not a product itself</figcaption></figure>\n");
    }
}
