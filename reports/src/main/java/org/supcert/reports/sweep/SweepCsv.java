package org.supcert.reports.sweep;

import java.util.Locale;
import org.supcert.certificate.NamedResult;
import org.supcert.verifier.Status;

/**
 * The sweep as CSV, one line per density:
 * {@code density,samples,closed,not_closed,unknown,p_not_closed,p_unknown,<one column per named
 * result id, '-' as '_'>} (the number of samples that result decided). p_not_closed is "n/a" at a
 * density where no sample was decided (every one UNKNOWN): 0 would claim no bad support was seen.
 * No timing: the file is a function of the spec alone.
 */
public final class SweepCsv {
    private SweepCsv() {}

    public static String header() {
        StringBuilder b = new StringBuilder("density,samples,closed,not_closed,unknown,p_not_closed,p_unknown");
        for (NamedResult r : NamedResult.values()) b.append(',').append(r.id().replace('-', '_'));
        return b.toString();
    }

    public static String write(SweepTable t) {
        StringBuilder b = new StringBuilder(header()).append('\n');
        for (int k = 0; k < t.rows(); k++) {
            b.append(density(t.density(k))).append(',').append(t.spec().samples()).append(',')
                    .append(t.count(k, Status.CLOSED)).append(',').append(t.count(k, Status.NOT_CLOSED)).append(',')
                    .append(t.count(k, Status.UNKNOWN)).append(',')
                    .append(t.anyDecided(k) ? String.format(Locale.US, "%.6f", t.probability(k, Status.NOT_CLOSED))
                            : SweepTable.NOT_APPLICABLE)
                    .append(String.format(Locale.US, ",%.6f", t.probability(k, Status.UNKNOWN)));
            for (NamedResult r : NamedResult.values()) b.append(',').append(t.decidedBy(k, r));
            b.append('\n');
        }
        return b.toString();
    }

    /** A density with up to 6 decimals and no trailing zeros ("0.05", "1"). */
    public static String density(double d) {
        String s = String.format(Locale.US, "%.6f", d).replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
