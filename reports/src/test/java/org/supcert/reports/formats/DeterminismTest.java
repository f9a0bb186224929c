package org.supcert.reports.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.supcert.reports.ReportFixtures;
import org.supcert.reports.html.HtmlReport;
import org.supcert.reports.model.Report;

/** Two independent verifications of the same inputs give byte-identical reports without timings. */
class DeterminismTest {
    @Test
    void everyWriterIsByteForByteReproducibleWithoutTimings() {
        Report a = ReportFixtures.sample().withoutTimings();
        Report b = ReportFixtures.sample().withoutTimings();
        List<Function<Report, String>> writers = List.of(ReportJson::write, JunitXml::write, SarifLog::write,
                MarkdownSummary::write, HtmlReport::write);
        for (Function<Report, String> w : writers) assertEquals(w.apply(a), w.apply(b));
    }

    @Test
    void timingsShowUpOnlyWhenAsked() {
        Report r = ReportFixtures.sample();
        assertNotEquals(JunitXml.write(r), JunitXml.write(r.withoutTimings()), "the fixture has a 0.25 s verdict");
        assertEquals(0.0, r.withoutTimings().seconds());
    }
}
