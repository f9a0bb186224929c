package org.supcert.reports.formats;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.supcert.reports.ReportFixtures;
import org.supcert.reports.model.Report;

class MarkdownSummaryTest {
    @Test
    void badSupportsComeFirstAndCellsAreEscaped() {
        String md = MarkdownSummary.write(ReportFixtures.sample());
        assertTrue(md.indexOf("lu2") < md.indexOf("disjoint-identical"), md);
        assertTrue(md.contains("\\| pipes \\|") && md.contains("&lt;tags&gt;"), md);
        assertTrue(md.contains("1 input error(s)"), md);
    }

    @Test
    void trimmedToTheByteLimitWithTheRestCounted() {
        Report r = ReportFixtures.sample();
        String md = MarkdownSummary.write(r, 900);
        assertTrue(md.getBytes(StandardCharsets.UTF_8).length <= 900, md.length() + ": " + md);
        assertTrue(md.contains("more support(s) left out"), md);
        assertTrue(MarkdownSummary.write(r).getBytes(StandardCharsets.UTF_8).length <= MarkdownSummary.MAX_BYTES);
    }
}
