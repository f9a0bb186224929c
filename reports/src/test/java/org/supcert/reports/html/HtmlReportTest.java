package org.supcert.reports.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.supcert.reports.ReportFixtures;
import org.supcert.reports.model.Report;
import org.supcert.reports.model.SupportReport;
import org.supcert.support.Mask;
import org.supcert.support.SupportChain;
import org.supcert.verifier.Verdict;

class HtmlReportTest {
    static int count(String s, String needle) {
        int n = 0;
        for (int k = s.indexOf(needle); k >= 0; k = s.indexOf(needle, k + 1)) n++;
        return n;
    }

    /** Figures of the sample: lu2 (2 masks, classes, overlap, witness, trace), disjoint-identical (2+2),
     *  absorbed-two-blocks (2+2), lu:3 (2 masks, classes, overlap, witness), the UNKNOWN (2+2). */
    static final int SAMPLE_FIGURES = 6 + 4 + 4 + 5 + 4;

    @Test
    void bannersFiguresAndNoNetwork() {
        String html = HtmlReport.write(ReportFixtures.sample().withoutTimings());
        assertEquals(SAMPLE_FIGURES, count(html, "<svg class=\"figure\""), html);
        assertEquals(3, count(html, "<div class=\"banner not-closed\"") + count(html, "<div class=\"banner unknown\""), html);
        assertTrue(html.contains("<span class=\"verdict\">NOT CLOSED</span> <span class=\"name\">lu2</span>"), html);
        assertTrue(html.contains("[docs/theory.md#corner-certificate]"), html);
        assertTrue(html.contains("<td>1/t</td>") || html.contains("<td>-1/t</td>"), "the curve is written out: " + html);
        assertTrue(html.contains("odd &lt;&amp;&gt; &quot;name&quot;"), "names are escaped");
        assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(html).find(), "nothing is fetched");
        assertTrue(html.contains("class=\"trace\""), "the divergence plot of lu2");
    }

    @Test
    void tenThousandSquareMasksAreDownsampledAndSmall() {
        int n = 10_000;
        Mask band = band(n, 12);
        SupportChain chain = new SupportChain("big", List.of(band, band));
        Verdict v = Verdict.unknown("big", "10000 x 10000 (10000x10000 * 10000x10000)", "made up for the drawing test",
                List.of(), false, false, 0);
        long start = System.nanoTime();
        String html = HtmlReport.write(new Report("supcert test", false, List.of(SupportReport.of("big.json", chain, v, null))));
        double seconds = (System.nanoTime() - start) / 1e9;
        int bytes = html.getBytes(StandardCharsets.UTF_8).length;
        assertTrue(bytes < 400_000, "HTML of " + bytes + " bytes for 10,000 x 10,000 masks");
        assertTrue(html.contains("downsampled by 63 x 63"), html.substring(0, Math.min(html.length(), 4000)));
        assertTrue(html.contains("Rank-one supports and overlap graph not drawn"), "says what it leaves out");
        assertEquals(2, count(html, "<svg class=\"figure\""));
        assertTrue(seconds < 20, "took " + seconds + " s");
        Matcher m = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(html);
        assertTrue(m.find());
        assertEquals("159", m.group(1), "ceil(10000 / 63) cells per side");
    }

    @Test
    void downsamplingFactorKeepsBothSidesUnderTheLimit() {
        assertEquals(1, MaskFigure.factor(160, 3));
        assertEquals(2, MaskFigure.factor(161, 3));
        assertEquals(63, MaskFigure.factor(10_000, 10_000));
        assertEquals(410, MaskFigure.factor(3, 65_536));
    }

    @Test
    void laurentEntriesReadLikeAlgebra() {
        assertEquals("0", Laurent.rational(org.apache.commons.numbers.fraction.BigFraction.ZERO));
        assertEquals("-1/2", Laurent.rational(org.apache.commons.numbers.fraction.BigFraction.of(-1, 2)));
    }

    static Mask band(int n, int half) {
        Mask.Builder b = new Mask.Builder(n, n);
        for (int i = 0; i < n; i++) for (int j = Math.max(0, i - half); j <= Math.min(n - 1, i + half); j++) b.set(i, j);
        return b.build();
    }
}
