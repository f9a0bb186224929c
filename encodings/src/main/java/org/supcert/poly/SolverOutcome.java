package org.supcert.poly;

/**
 * What a polynomial query established. UNKNOWN is the only default (STYLE.md): a time-out, a
 * resource limit or any status the solver does not name explicitly. A solver that fails outright
 * (missing native library, an error raised by Z3) throws {@link SolverTroubleException} instead.
 *
 * @param status  the answer
 * @param reason  why UNKNOWN (null otherwise)
 * @param millis  solver wall time
 */
public record SolverOutcome(Status status, String reason, long millis) {
    /** Answers of a satisfiability query. */
    public enum Status { SAT, UNSAT, UNKNOWN }

    public static SolverOutcome unknown(String reason, long millis) {
        return new SolverOutcome(Status.UNKNOWN, reason, millis);
    }

    public boolean isUnsat() { return status == Status.UNSAT; }

    public boolean isSat() { return status == Status.SAT; }
}
