package org.supcert.reports.formats;

import java.util.Locale;
import org.supcert.reports.VerdictText;
import org.supcert.reports.model.Report;
import org.supcert.reports.model.SupportReport;
import org.supcert.verifier.Verdict;

/**
 * JUnit XML (the Ant/Jenkins dialect that CI servers read): one {@code <testcase>} per support;
 * NOT CLOSED is a {@code <failure>}, UNKNOWN is {@code <skipped>} with the reason, an input error is
 * an {@code <error>}; the verdict text is also in {@code <system-out>}, which some viewers show
 * instead of the message. No time stamp or host name, so the output is reproducible.
 */
public final class JunitXml {
    private JunitXml() {}

    public static String write(Report r) {
        long n = r.supports().size();
        long failures = r.count(SupportReport.Outcome.NOT_CLOSED);
        long errors = r.count(SupportReport.Outcome.INPUT_ERROR);
        long skipped = r.count(SupportReport.Outcome.UNKNOWN);
        String counts = String.format(Locale.US, "tests=\"%d\" failures=\"%d\" errors=\"%d\" skipped=\"%d\" time=\"%s\"",
                n, failures, errors, skipped, time(r.seconds()));
        StringBuilder b = new StringBuilder(4096);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append("<testsuites name=\"supcert\" ").append(counts).append(">\n");
        b.append("  <testsuite name=\"supcert closedness\" ").append(counts).append(">\n");
        b.append("    <properties>\n");
        b.append("      <property name=\"tool\" value=\"").append(Xml.escape(r.tool())).append("\"/>\n");
        b.append("      <property name=\"theory\" value=\"docs/theory.md#decomposition: P closed iff every overlap component is\"/>\n");
        b.append("    </properties>\n");
        for (SupportReport s : r.supports()) testcase(b, s);
        b.append("  </testsuite>\n");
        b.append("</testsuites>\n");
        return b.toString();
    }

    private static void testcase(StringBuilder b, SupportReport s) {
        Verdict v = s.verdict();
        b.append("    <testcase name=\"").append(Xml.escape(s.name())).append("\" classname=\"")
                .append(Xml.escape(s.source())).append("\" time=\"").append(time(v == null ? 0 : v.seconds())).append("\">\n");
        String text;
        if (v == null) {
            text = s.source() + ": input error: " + s.error() + "\n";
            b.append("      <error type=\"InputError\" message=\"").append(Xml.escape(s.error())).append("\">")
                    .append(Xml.escape(text)).append("</error>\n");
        } else {
            text = VerdictText.render(v);
            String message = v.status().name().replace('_', ' ') + " (" + v.result().id() + ", " + v.result().section()
                    + "): " + v.reason();
            switch (v.status()) {
                case NOT_CLOSED -> b.append("      <failure type=\"NOT_CLOSED\" message=\"").append(Xml.escape(message))
                        .append("\">").append(Xml.escape(text)).append("</failure>\n");
                case UNKNOWN -> b.append("      <skipped message=\"").append(Xml.escape(message)).append("\"/>\n");
                case CLOSED -> { }
            }
        }
        b.append("      <system-out>").append(Xml.escape(text)).append("</system-out>\n");
        b.append("    </testcase>\n");
    }

    private static String time(double seconds) {
        return String.format(Locale.US, "%.3f", seconds);
    }
}
