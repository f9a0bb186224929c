package org.supcert.poly;

/**
 * The limits of one Z3 query. {@code work} is Z3's deterministic resource limit ("rlimit"): the
 * same query with the same limit gives the same answer on any machine under any load, so verdicts
 * are budgeted by it (docs/theory.md#same-input-same-verdict). {@code timeoutMillis} is only a
 * safety net against a query that would run for minutes; an answer it cut says so.
 *
 * @param work           Z3 resource units allowed (0: no work limit)
 * @param timeoutMillis  wall-clock safety net
 */
public record SolverLimits(long work, long timeoutMillis) {
    public SolverLimits {
        if (work < 0 || timeoutMillis <= 0) throw new IllegalArgumentException("solver limits must be positive");
    }

    /** A wall-clock limit only (no work limit), for re-checks whose outcome is reported, not budgeted. */
    public static SolverLimits ofMillis(long timeoutMillis) {
        return new SolverLimits(0, Math.max(1, timeoutMillis));
    }
}
