package org.supcert.reports.sweep;

import org.supcert.certificate.NamedResult;
import org.supcert.verifier.Status;

/**
 * The result of a sweep: per density, the number of samples with each verdict and with each
 * deciding result. Immutable once built by {@link SupportSweep}.
 */
public final class SweepTable {
    private final SweepSpec spec;
    private final long[][] byStatus;
    private final long[][] byResult;
    private final double seconds;
    private final int threads;

    SweepTable(SweepSpec spec, long[][] byStatus, long[][] byResult, double seconds, int threads) {
        this.spec = spec;
        this.byStatus = byStatus;
        this.byResult = byResult;
        this.seconds = seconds;
        this.threads = threads;
    }

    public SweepSpec spec() { return spec; }

    public int rows() { return byStatus.length; }

    public double density(int k) { return spec.densities()[k]; }

    public long count(int k, Status s) { return byStatus[k][s.ordinal()]; }

    public long decidedBy(int k, NamedResult r) { return byResult[k][r.ordinal()]; }

    /**
     * True when some sample at density k was decided (CLOSED or NOT CLOSED). When none was, the
     * probability of a bad support is unknown, not 0: outputs print "n/a" (NOT_APPLICABLE).
     */
    public boolean anyDecided(int k) { return count(k, Status.CLOSED) + count(k, Status.NOT_CLOSED) > 0; }

    /** How outputs write a probability of a bad support when nothing was decided. */
    public static final String NOT_APPLICABLE = "n/a";

    /** Empirical probability of the verdict at density k. */
    public double probability(int k, Status s) { return (double) count(k, s) / spec.samples(); }

    /** Wall time of the sweep (not part of the CSV or the plot). */
    public double seconds() { return seconds; }

    public int threads() { return threads; }
}
