package org.supcert.reports.html;

import java.util.List;
import java.util.Locale;
import org.supcert.reports.model.DivergenceTrace;
import org.supcert.reports.model.TracePoint;

/**
 * The divergence plot (docs/theory.md#section-8): loss and factor norms per iteration of an FSMF run on the
 * witness, log10 scale. On a non-closed support the loss falls towards 0 while the norms grow.
 */
final class TraceFigure {
    /** Loss values below this are drawn at it (log scale). */
    static final double FLOOR = 1e-16;

    private TraceFigure() {}

    static void render(StringBuilder b, DivergenceTrace t) {
        List<TracePoint> pts = t.points();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (TracePoint p : pts) {
            for (double v : new double[] {p.loss(), p.normX(), p.normY()}) {
                double l = log(v);
                lo = Math.min(lo, l);
                hi = Math.max(hi, l);
            }
        }
        double ylo = Math.floor(lo);
        double yhi = Math.max(Math.ceil(hi), ylo + 1);
        int last = pts.get(pts.size() - 1).iter();
        double w = 560;
        double h = 260;
        double left = 48;
        double right = 84;
        double top = 14;
        double bottom = 34;
        double pw = w - left - right;
        double ph = h - top - bottom;
        b.append("<figure class=\"trace\">");
        String close = Svg.open(b, w, h, w, "divergence plot");
        b.append("<rect x=\"").append(Svg.n(left)).append("\" y=\"").append(Svg.n(top)).append("\" width=\"")
                .append(Svg.n(pw)).append("\" height=\"").append(Svg.n(ph)).append("\" fill=\"#fafafa\" stroke=\"#999\"/>");
        b.append("<g font-size=\"10\" fill=\"#444\">");
        int step = (int) Math.max(1, Math.ceil((yhi - ylo) / 8));
        for (double d = ylo; d <= yhi; d += step) {
            double y = top + ph * (1 - (d - ylo) / (yhi - ylo));
            b.append("<line x1=\"").append(Svg.n(left)).append("\" y1=\"").append(Svg.n(y)).append("\" x2=\"")
                    .append(Svg.n(left + pw)).append("\" y2=\"").append(Svg.n(y)).append("\" stroke=\"#e2e2e2\"/>");
            b.append("<text x=\"").append(Svg.n(left - 4)).append("\" y=\"").append(Svg.n(y + 3))
                    .append("\" text-anchor=\"end\">1e").append((int) d).append("</text>");
        }
        for (int k = 0; k <= 4; k++) {
            int it = last * k / 4;
            double x = left + pw * (last == 0 ? 0 : (double) it / last);
            b.append("<text x=\"").append(Svg.n(x)).append("\" y=\"").append(Svg.n(top + ph + 14))
                    .append("\" text-anchor=\"middle\">").append(it).append("</text>");
        }
        b.append("<text x=\"").append(Svg.n(left + pw / 2)).append("\" y=\"").append(Svg.n(h - 4))
                .append("\" text-anchor=\"middle\">iteration</text></g>");
        String[][] series = {{"loss", "#d00000"}, {"||W1||", "#2b6cb0"}, {"||W2||", "#2f855a"}};
        for (int s = 0; s < 3; s++) {
            b.append("<polyline fill=\"none\" stroke-width=\"1.6\" stroke=\"").append(series[s][1]).append("\" points=\"");
            for (int k = 0; k < pts.size(); k++) {
                TracePoint p = pts.get(k);
                double v = s == 0 ? p.loss() : s == 1 ? p.normX() : p.normY();
                double x = left + pw * (last == 0 ? 0 : (double) p.iter() / last);
                double y = top + ph * (1 - (log(v) - ylo) / (yhi - ylo));
                if (k > 0) b.append(' ');
                b.append(Svg.n(x)).append(',').append(Svg.n(y));
            }
            b.append("\"/>");
            b.append("<text x=\"").append(Svg.n(left + pw + 8)).append("\" y=\"").append(Svg.n(top + 14 + 13 * s))
                    .append("\" font-size=\"11\" fill=\"").append(series[s][1]).append("\">").append(Svg.esc(series[s][0]))
                    .append("</text>");
        }
        b.append(close);
        TracePoint first = pts.get(0);
        TracePoint end = pts.get(pts.size() - 1);
        b.append("<figcaption>").append(Svg.esc(t.method().toUpperCase(Locale.ROOT))).append(" on the ")
                .append(Svg.esc(t.target())).append(": loss ").append(sci(first.loss())).append(" &#8594; ")
                .append(sci(end.loss())).append(", ||W1|| ").append(sci(first.normX())).append(" &#8594; ")
                .append(sci(end.normX())).append(", ||W2|| ").append(sci(first.normY())).append(" &#8594; ")
                .append(sci(end.normY())).append(" after ").append(end.iter()).append(" iterations (log scale)</figcaption></figure>\n");
    }

    private static double log(double v) {
        if (!Double.isFinite(v)) return 0;
        return Math.log10(Math.max(FLOOR, v));
    }

    static String sci(double v) { return String.format(Locale.US, "%.2e", v); }
}
