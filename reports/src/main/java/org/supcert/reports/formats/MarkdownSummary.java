package org.supcert.reports.formats;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.supcert.reports.model.Report;
import org.supcert.reports.model.SupportReport;
import org.supcert.verifier.Verdict;

/**
 * A Markdown summary for a CI step summary (GitHub's $GITHUB_STEP_SUMMARY takes at most 1 MiB):
 * counts, then one table row per support, NOT CLOSED and input errors first, then UNKNOWN, then
 * CLOSED (input order within each). Rows that would pass {@link #MAX_BYTES} are left out and
 * counted in a last line.
 */
public final class MarkdownSummary {
    /** The size limit of the whole summary in UTF-8 bytes. */
    public static final int MAX_BYTES = 1 << 20;
    /** Longest reason shown in a table cell. */
    static final int MAX_REASON = 300;
    /** Bytes kept free for the "rows left out" line. */
    private static final int TAIL_RESERVE = 200;

    private MarkdownSummary() {}

    public static String write(Report r) {
        return write(r, MAX_BYTES);
    }

    /** The summary within {@code maxBytes} UTF-8 bytes (for tests of the trimming). */
    static String write(Report r, int maxBytes) {
        StringBuilder b = new StringBuilder();
        long bad = r.count(SupportReport.Outcome.NOT_CLOSED);
        long errors = r.count(SupportReport.Outcome.INPUT_ERROR);
        long unknown = r.count(SupportReport.Outcome.UNKNOWN);
        b.append("## supcert: ").append(bad + errors == 0 && unknown == 0 ? "every support closed" : "supports to look at")
                .append("\n\n");
        b.append(String.format(Locale.US, "%d support(s): **%d closed**, **%d not closed**, %d unknown, %d input error(s)",
                r.supports().size(), r.count(SupportReport.Outcome.CLOSED), bad, unknown, errors));
        if (r.timings()) b.append(String.format(Locale.US, ", %.1f s", r.seconds()));
        b.append("\n\n| support | verdict | result | shape | reason |\n|---|---|---|---|---|\n");
        long used = bytes(b);
        int written = 0;
        int total = r.supports().size();
        outer:
        for (SupportReport.Outcome o : new SupportReport.Outcome[] {SupportReport.Outcome.NOT_CLOSED,
                SupportReport.Outcome.INPUT_ERROR, SupportReport.Outcome.UNKNOWN, SupportReport.Outcome.CLOSED}) {
            for (SupportReport s : r.supports()) {
                if (s.outcome() != o) continue;
                String row = row(s);
                long size = row.getBytes(StandardCharsets.UTF_8).length;
                if (used + size > maxBytes - TAIL_RESERVE) break outer;
                b.append(row);
                used += size;
                written++;
            }
        }
        if (written < total) {
            b.append(String.format(Locale.US, "\n%d more support(s) left out: the summary is trimmed to %d bytes; "
                    + "the JSON, JUnit or HTML report has them all.\n", total - written, maxBytes));
        }
        return b.toString();
    }

    private static String row(SupportReport s) {
        Verdict v = s.verdict();
        String verdict = switch (s.outcome()) {
            case CLOSED -> "CLOSED";
            case NOT_CLOSED -> ":x: **NOT CLOSED**";
            case UNKNOWN -> ":warning: UNKNOWN";
            case INPUT_ERROR -> ":x: input error";
        };
        String result = v == null ? "" : "`" + v.result().id() + "`";
        String reason = v == null ? s.error() : v.reason();
        return "| " + cell(s.key()) + " | " + verdict + " | " + result + " | " + cell(s.shape()) + " | "
                + cell(shorten(reason)) + " |\n";
    }

    private static String shorten(String s) {
        return s.length() <= MAX_REASON ? s : s.substring(0, MAX_REASON) + "...";
    }

    /** A table cell: pipes, backslashes, angle brackets and newlines escaped. */
    static String cell(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\r", " ").replace("\n", " ");
    }

    private static long bytes(CharSequence s) {
        return s.toString().getBytes(StandardCharsets.UTF_8).length;
    }
}
