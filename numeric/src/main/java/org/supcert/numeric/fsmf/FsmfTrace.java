package org.supcert.numeric.fsmf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Per-iteration record of an FSMF solver: loss = ||A - W_1 W_2||_F^2, normX = ||W_1||_F,
 * normY = ||W_2||_F. Row 0 is the initial point. CSV header, exactly: {@code iter,loss,normX,normY}.
 */
public final class FsmfTrace {
    /** The CSV header. */
    public static final String HEADER = "iter,loss,normX,normY";

    /** One row of the trace. */
    public record Entry(int iter, double loss, double normX, double normY) {}

    private final List<Entry> entries = new ArrayList<>();

    void add(int iter, double loss, double normX, double normY) {
        entries.add(new Entry(iter, loss, normX, normY));
    }

    public List<Entry> entries() { return List.copyOf(entries); }

    public int size() { return entries.size(); }

    public Entry last() { return entries.get(entries.size() - 1); }

    /** Writes the header and one line per entry (round-trip precision, '.' decimal separator). */
    public void writeCsv(Writer out) {
        try {
            out.write(HEADER);
            out.write('\n');
            for (Entry e : entries) {
                out.write(String.format(Locale.US, "%d,%s,%s,%s%n", e.iter(), e.loss(), e.normX(), e.normY()));
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
