package org.supcert.reports.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.supcert.reports.formats.Xml;
import org.supcert.verifier.Status;

/**
 * The sweep as an SVG line plot in the manner of docs/theory.md#seed-001's "empirical probability of bad
 * support": x = density of the masks, y = fraction of samples; NOT CLOSED (bad) with its 95% Wilson
 * band (left out at densities where every sample is UNKNOWN), UNKNOWN and CLOSED. Self-contained,
 * fixed number formats, no timing.
 */
public final class SweepPlot {
    private static final double W = 720;
    private static final double H = 400;
    private static final double LEFT = 62;
    private static final double RIGHT = 170;
    private static final double TOP = 54;
    private static final double BOTTOM = 52;

    private SweepPlot() {}

    public static String write(SweepTable t) {
        SweepSpec s = t.spec();
        double pw = W - LEFT - RIGHT;
        double ph = H - TOP - BOTTOM;
        double[] d = s.densities();
        double xlo = Math.min(0, d[0]);
        double xhi = Math.max(1, d[d.length - 1]);
        StringBuilder b = new StringBuilder(8192);
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(n(W)).append(' ').append(n(H))
                .append("\" width=\"").append(n(W)).append("\" height=\"").append(n(H))
                .append("\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">\n");
        b.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        int[] w = s.widths();
        String sub = w.length == 3
                ? String.format(Locale.US, "one hidden layer x -> M2 relu(M1 x): d = %d, h = %d, o = %d; %d random supports per density",
                        w[0], w[1], w[2], s.samples())
                : String.format(Locale.US, "network %s (%d layers); %d random supports per density", s.architecture(),
                        w.length - 1, s.samples());
        b.append("<text x=\"").append(n(LEFT)).append("\" y=\"22\" font-size=\"15\" font-weight=\"bold\">")
                .append("Empirical probability of bad support</text>\n");
        b.append("<text x=\"").append(n(LEFT)).append("\" y=\"40\" font-size=\"12\" fill=\"#444\">").append(Xml.escape(sub))
                .append("</text>\n");
        b.append("<rect x=\"").append(n(LEFT)).append("\" y=\"").append(n(TOP)).append("\" width=\"").append(n(pw))
                .append("\" height=\"").append(n(ph)).append("\" fill=\"#fafafa\" stroke=\"#888\"/>\n");
        for (int k = 0; k <= 10; k++) {
            double y = TOP + ph * (1 - k / 10.0);
            double x = LEFT + pw * k / 10.0;
            b.append("<line x1=\"").append(n(LEFT)).append("\" y1=\"").append(n(y)).append("\" x2=\"").append(n(LEFT + pw))
                    .append("\" y2=\"").append(n(y)).append("\" stroke=\"#e4e4e4\"/>");
            b.append("<text x=\"").append(n(LEFT - 6)).append("\" y=\"").append(n(y + 4)).append("\" text-anchor=\"end\">")
                    .append(String.format(Locale.US, "%.1f", k / 10.0)).append("</text>");
            double xv = xlo + (xhi - xlo) * k / 10.0;
            b.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(TOP + ph + 16)).append("\" text-anchor=\"middle\">")
                    .append(String.format(Locale.US, "%.1f", xv)).append("</text>\n");
        }
        b.append("<text x=\"").append(n(LEFT + pw / 2)).append("\" y=\"").append(n(H - 14))
                .append("\" text-anchor=\"middle\">density of the masks M1, M2 (fraction of allowed weights)</text>\n");
        b.append("<text transform=\"translate(16 ").append(n(TOP + ph / 2)).append(") rotate(-90)\" text-anchor=\"middle\">")
                .append("fraction of samples</text>\n");
        // P(NOT CLOSED) and its 95% Wilson band only where some sample was decided: where every one is
        // UNKNOWN the probability of a bad support is unknown, and a point at 0 would claim otherwise
        List<List<Integer>> decided = decidedRuns(t);
        for (List<Integer> run : decided) {
            StringBuilder upper = new StringBuilder();
            StringBuilder lower = new StringBuilder();
            for (int k : run) {
                double[] ci = wilson(t.count(k, Status.NOT_CLOSED), s.samples());
                upper.append(n(x(d[k], xlo, xhi, pw))).append(',').append(n(y(ci[1], ph))).append(' ');
                lower.insert(0, n(x(d[k], xlo, xhi, pw)) + "," + n(y(ci[0], ph)) + " ");
            }
            b.append("<polygon fill=\"#c53030\" fill-opacity=\"0.15\" stroke=\"none\" points=\"").append(upper)
                    .append(lower.toString().trim()).append("\"/>\n");
        }
        List<Integer> all = new ArrayList<>();
        for (int k = 0; k < d.length; k++) all.add(k);
        String[][] series = {{"NOT_CLOSED", "#c53030", "", "NOT CLOSED (bad)"}, {"UNKNOWN", "#b7791f", "6 4", "UNKNOWN"},
            {"CLOSED", "#2f855a", "2 3", "CLOSED"}};
        for (int sIdx = 0; sIdx < series.length; sIdx++) {
            Status st = Status.valueOf(series[sIdx][0]);
            for (List<Integer> run : st == Status.NOT_CLOSED ? decided : List.of(all)) {
                b.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").append(series[sIdx][1]).append('"');
                if (!series[sIdx][2].isEmpty()) b.append(" stroke-dasharray=\"").append(series[sIdx][2]).append('"');
                b.append(" points=\"");
                for (int k : run) {
                    if (k != run.get(0)) b.append(' ');
                    b.append(n(x(d[k], xlo, xhi, pw))).append(',').append(n(y(t.probability(k, st), ph)));
                }
                b.append("\"/>\n");
            }
            if (st == Status.NOT_CLOSED) {
                for (List<Integer> run : decided) {
                    for (int k : run) {
                        b.append("<circle r=\"3\" fill=\"#c53030\" cx=\"").append(n(x(d[k], xlo, xhi, pw))).append("\" cy=\"")
                                .append(n(y(t.probability(k, st), ph))).append("\"/>");
                    }
                }
                b.append('\n');
            }
            double ly = TOP + 14 + 20 * sIdx;
            b.append("<line x1=\"").append(n(LEFT + pw + 12)).append("\" y1=\"").append(n(ly - 4)).append("\" x2=\"")
                    .append(n(LEFT + pw + 34)).append("\" y2=\"").append(n(ly - 4)).append("\" stroke-width=\"2\" stroke=\"")
                    .append(series[sIdx][1]).append('"');
            if (!series[sIdx][2].isEmpty()) b.append(" stroke-dasharray=\"").append(series[sIdx][2]).append('"');
            b.append("/><text x=\"").append(n(LEFT + pw + 40)).append("\" y=\"").append(n(ly)).append("\">")
                    .append(series[sIdx][3]).append("</text>\n");
        }
        b.append("<text x=\"").append(n(LEFT + pw + 12)).append("\" y=\"").append(n(TOP + 80)).append("\" font-size=\"10\" fill=\"#555\">")
                .append("band: 95% Wilson</text>\n");
        b.append("<text x=\"").append(n(LEFT + pw + 12)).append("\" y=\"").append(n(TOP + 94)).append("\" font-size=\"10\" fill=\"#555\">")
                .append(Xml.escape("seed " + s.seed())).append("</text>\n");
        b.append("</svg>\n");
        return b.toString();
    }

    /** Runs of consecutive densities at which some sample was decided. */
    private static List<List<Integer>> decidedRuns(SweepTable t) {
        List<List<Integer>> runs = new ArrayList<>();
        List<Integer> run = new ArrayList<>();
        for (int k = 0; k < t.rows(); k++) {
            if (t.anyDecided(k)) {
                run.add(k);
            } else if (!run.isEmpty()) {
                runs.add(run);
                run = new ArrayList<>();
            }
        }
        if (!run.isEmpty()) runs.add(run);
        return runs;
    }

    /** The 95% Wilson score interval of k successes in n trials. */
    static double[] wilson(long k, long n) {
        double z = 1.959963984540054;
        double p = (double) k / n;
        double denom = 1 + z * z / n;
        double centre = (p + z * z / (2.0 * n)) / denom;
        double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / denom;
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }

    private static double x(double d, double lo, double hi, double pw) { return LEFT + pw * (d - lo) / (hi - lo); }

    private static double y(double p, double ph) { return TOP + ph * (1 - p); }

    private static String n(double v) { return String.format(Locale.US, "%.2f", v); }
}
