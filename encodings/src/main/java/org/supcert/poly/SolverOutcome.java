package org.supcert.poly;

/**
 * What a polynomial query established. UNKNOWN is the only default (STYLE.md): a resource limit,
 * the wall-clock safety net or any status the solver does not name explicitly. A solver that
 * fails outright (missing native library, an error raised by Z3) throws
 * {@link SolverTroubleException} instead.
 *
 * @param status     the answer
 * @param reason     why UNKNOWN (null otherwise); never a duration, so reasons are reproducible
 * @param work       Z3 resource units the query used (its "rlimit count"), 0 when Z3 did not run
 * @param byClock    true when the wall-clock safety net, not the work limit, stopped the query
 * @param millis     solver wall time, for timings only: never part of a verdict or a reason
 */
public record SolverOutcome(Status status, String reason, long work, boolean byClock, long millis) {
    /** Answers of a satisfiability query. */
    public enum Status { SAT, UNSAT, UNKNOWN }

    public static SolverOutcome unknown(String reason, long millis) {
        return new SolverOutcome(Status.UNKNOWN, reason, 0, false, millis);
    }

    public boolean isUnsat() { return status == Status.UNSAT; }

    public boolean isSat() { return status == Status.SAT; }
}
