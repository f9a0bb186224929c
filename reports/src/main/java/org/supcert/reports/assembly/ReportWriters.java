package org.supcert.reports.assembly;

import java.nio.file.Path;
import org.supcert.reports.formats.JunitXml;
import org.supcert.reports.formats.MarkdownSummary;
import org.supcert.reports.formats.ReportJson;
import org.supcert.reports.formats.SarifLog;
import org.supcert.reports.html.HtmlReport;
import org.supcert.reports.model.Report;

/** The report formats of {@code supcert report}, one call each: the front door to formats and html. */
public final class ReportWriters {
    /** The file SARIF results of --family inputs point to by default (they name no file). */
    public static final String DEFAULT_FAMILY_LOCATION = SarifLog.DEFAULT_FAMILY_LOCATION;

    private ReportWriters() {}

    public static String html(Report r) {
        return HtmlReport.write(r);
    }

    /** The JSON report (schema: supcert report v1). */
    public static String json(Report r) {
        return ReportJson.write(r);
    }

    public static String junit(Report r) {
        return JunitXml.write(r);
    }

    /** The Markdown summary, at most 1 MiB (a CI step summary). */
    public static String markdown(Report r) {
        return MarkdownSummary.write(r);
    }

    /**
     * SARIF 2.1.0, with file locations relative to the repository that holds {@code dir} (see
     * {@link SarifLog#repositoryRoot}).
     */
    public static String sarif(Report r, Path dir, String familyLocation) {
        return SarifLog.write(r, SarifLog.repositoryRoot(dir), familyLocation);
    }
}
