package org.supcert.reports.html;

import java.util.List;
import java.util.Locale;
import org.supcert.certificate.CornerCertificate;
import org.supcert.certificate.NotClosedCertificate;
import org.supcert.graph.RankOneSupports;
import org.supcert.graph.SupportClass;
import org.supcert.reports.model.Report;
import org.supcert.reports.model.SupportReport;
import org.supcert.support.SupportChain;
import org.supcert.verifier.ComponentVerdict;
import org.supcert.verifier.Verdict;

/**
 * The HTML report: one self-contained page (inline CSS and SVG, one inline script that only counts
 * the figures; nothing fetched). Per support: a verdict banner with the deciding result and its
 * anchor in docs/theory.md, the reason, the masks as heat maps, the rank-one supports by class and the overlap
 * graph (small products), the components, and for NOT CLOSED the witness block with B, the Laurent
 * curve written out and the divergence plot when a trace is present. Every figure is an
 * {@code <svg class="figure">}.
 */
public final class HtmlReport {
    /** Components listed one by one per support. */
    static final int MAX_COMPONENT_ROWS = 50;
    /** Largest inner dimension for which classes are computed for the drawings. */
    static final int MAX_INNER_FOR_CLASSES = 4096;

    private HtmlReport() {}

    public static String write(Report r) {
        StringBuilder b = new StringBuilder(1 << 16);
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>supcert closedness report</title>\n<style>\n").append(Css.STYLE).append("</style>\n</head>\n<body>\n");
        b.append("<header><h1>supcert closedness report</h1>\n<p class=\"summary\">").append(summary(r)).append("</p>\n");
        b.append("<nav><ol>");
        for (int k = 0; k < r.supports().size(); k++) {
            SupportReport s = r.supports().get(k);
            b.append("<li><a href=\"#s").append(k).append("\">").append(Svg.esc(s.name())).append("</a> <span class=\"tag ")
                    .append(css(s)).append("\">").append(label(s)).append("</span></li>");
        }
        b.append("</ol></nav></header>\n<main>\n");
        for (int k = 0; k < r.supports().size(); k++) support(b, k, r.supports().get(k), r.timings());
        b.append("</main>\n<footer>").append(Svg.esc(r.tool()))
                .append(" &#183; theory: Le, Riccietti, Gribonval, SIMAX 2023 (docs/theory.md) &#183; <span id=\"figure-count\">")
                .append("</span></footer>\n");
        b.append("<script>document.getElementById('figure-count').textContent = "
                + "document.querySelectorAll('svg.figure').length + ' figures';</script>\n");
        b.append("</body>\n</html>\n");
        return b.toString();
    }

    private static String summary(Report r) {
        String s = String.format(Locale.US, "%d support(s): %d closed, %d not closed, %d unknown, %d input error(s)",
                r.supports().size(), r.count(SupportReport.Outcome.CLOSED), r.count(SupportReport.Outcome.NOT_CLOSED),
                r.count(SupportReport.Outcome.UNKNOWN), r.count(SupportReport.Outcome.INPUT_ERROR));
        return r.timings() ? s + String.format(Locale.US, "; %.2f s of verification", r.seconds()) : s;
    }

    private static void support(StringBuilder b, int k, SupportReport s, boolean timings) {
        b.append("<section class=\"support\" id=\"s").append(k).append("\">\n");
        Verdict v = s.verdict();
        b.append("<div class=\"banner ").append(css(s)).append("\"><span class=\"verdict\">").append(label(s))
                .append("</span> <span class=\"name\">").append(Svg.esc(s.name())).append("</span>");
        if (v != null) {
            b.append("<div class=\"by\">by ").append(Svg.esc(v.result().title())).append(" [")
                    .append(Svg.esc(v.result().section())).append("]</div>");
        }
        b.append("</div>\n");
        if (v == null) {
            b.append("<p class=\"reason\">").append(Svg.esc(s.error())).append("</p>\n<dl><dt>source</dt><dd>")
                    .append(Svg.esc(s.source())).append("</dd></dl>\n</section>\n");
            return;
        }
        b.append("<p class=\"reason\">").append(Svg.esc(v.reason())).append("</p>\n<dl>");
        dl(b, "source", s.source());
        dl(b, "shape", s.shape());
        dl(b, "sha256", s.sha256());
        dl(b, "tractable", v.tractable() ? "yes: an exact polynomial FSMF algorithm is known for every component" : "no");
        dl(b, "benign landscape", v.benignLandscape() ? "yes (Theorem A: no spurious local minima or valleys)" : "no");
        if (timings) dl(b, "time", String.format(Locale.US, "%.3f s", v.seconds()));
        b.append("</dl>\n<div class=\"figures\">\n");
        SupportChain chain = s.support();
        for (int l = 0; l < chain.length(); l++) {
            String title = chain.isPair() ? (l == 0 ? "W1 = I (mask of X)" : "W2 = J^T (mask of Y, transposed)") : "W" + (l + 1);
            MaskFigure.render(b, chain.factor(l), title, Svg.LAYER[l % Svg.LAYER.length]);
        }
        List<SupportClass> classes = chain.isPair() ? classes(chain) : null;
        if (classes != null && ClassFigure.fits(chain.rows(), chain.cols(), classes.size())) {
            ClassFigure.render(b, chain.rows(), chain.cols(), classes, v.certificate());
            if (OverlapFigure.fits(classes.size()) && !classes.isEmpty()) OverlapFigure.render(b, classes);
        } else if (chain.isPair()) {
            b.append("<p class=\"note\">Rank-one supports and overlap graph not drawn: the product is ").append(chain.rows())
                    .append(" x ").append(chain.cols()).append(" (drawn up to ").append(ClassFigure.MAX_SIDE).append(" x ")
                    .append(ClassFigure.MAX_SIDE).append(" with at most ").append(ClassFigure.MAX_CLASSES)
                    .append(" classes); the components below summarise them.</p>\n");
        }
        NotClosedCertificate c = v.certificate();
        if (c != null && WitnessFigure.fits(c)) WitnessFigure.render(b, c);
        if (s.trace() != null) TraceFigure.render(b, s.trace());
        b.append("</div>\n");
        if (c != null) certificate(b, c);
        components(b, v);
        b.append("</section>\n");
    }

    private static List<SupportClass> classes(SupportChain chain) {
        if (chain.rows() > ClassFigure.MAX_SIDE || chain.cols() > ClassFigure.MAX_SIDE
                || chain.factor(0).cols() > MAX_INNER_FOR_CLASSES) {
            return null;
        }
        return RankOneSupports.of(chain.asPair()).classes();
    }

    private static void certificate(StringBuilder b, NotClosedCertificate c) {
        b.append("<h3>Certificate</h3>\n<p>Block rows ").append(Svg.esc(java.util.Arrays.toString(c.rows())))
                .append(" x columns ").append(Svg.esc(java.util.Arrays.toString(c.cols()))).append(", found by <code>")
                .append(Svg.esc(c.result().id())).append("</code>");
        if (c instanceof CornerCertificate k) b.append(", class multiplicity mu = ").append(k.multiplicity());
        b.append(". Laurent curve of degree ").append(c.curve().degree()).append(":</p>\n");
        if (Laurent.fits(c.curve(), c.target())) Laurent.render(b, c.curve());
        else b.append("<p class=\"note\">The curve's factors are larger than ").append(Laurent.MAX_SIDE)
                .append(" x ").append(Laurent.MAX_SIDE).append("; the JSON report has every coefficient.</p>\n");
        if (c.checks() != null) {
            b.append("<p class=\"checks\">Checked: curve ").append(Svg.esc(c.checks().curve())).append("; unattainable: ")
                    .append(Svg.esc(c.checks().unattainable())).append("</p>\n");
        }
    }

    private static void components(StringBuilder b, Verdict v) {
        if (v.components().isEmpty()) return;
        b.append("<details><summary>").append(v.components().size())
                .append(" component(s) of the overlap graph (docs/theory.md#decomposition)</summary>\n<table class=\"components\">")
                .append("<tr><th>#</th><th>verdict</th><th>result</th><th>classes</th><th>inner columns</th>")
                .append("<th>rows x cols</th><th>reason</th></tr>\n");
        int shown = 0;
        for (ComponentVerdict c : v.components()) {
            if (shown++ >= MAX_COMPONENT_ROWS) break;
            b.append("<tr class=\"").append(c.status().name().toLowerCase(Locale.ROOT).replace('_', '-')).append("\"><td>")
                    .append(c.index()).append("</td><td>").append(c.status().name().replace('_', ' ')).append("</td><td>")
                    .append(c.result().id()).append("</td><td>").append(c.classes()).append("</td><td>")
                    .append(c.innerColumns()).append("</td><td>").append(c.rows()).append(" x ").append(c.cols())
                    .append("</td><td>").append(Svg.esc(c.reason())).append("</td></tr>\n");
        }
        b.append("</table>\n");
        if (v.components().size() > MAX_COMPONENT_ROWS) {
            b.append("<p class=\"note\">").append(v.components().size() - MAX_COMPONENT_ROWS)
                    .append(" more component(s) not listed; the JSON report has them all.</p>\n");
        }
        b.append("</details>\n");
    }

    private static void dl(StringBuilder b, String term, String value) {
        b.append("<dt>").append(Svg.esc(term)).append("</dt><dd>").append(Svg.esc(value)).append("</dd>");
    }

    /** The banner text of an outcome: "CLOSED", "NOT CLOSED", "UNKNOWN", "INPUT ERROR". */
    static String label(SupportReport s) { return s.outcome().name().replace('_', ' '); }

    private static String css(SupportReport s) { return s.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-'); }
}
