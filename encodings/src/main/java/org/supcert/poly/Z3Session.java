package org.supcert.poly;

import com.microsoft.z3.Context;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Status;
import com.microsoft.z3.Z3Exception;

/**
 * Owns one Z3 context: its lifetime (try-with-resources), the time-out, and the mapping of
 * solver answers. Every query of this package goes through it, so no other code touches Z3.
 */
final class Z3Session implements AutoCloseable {
    /** Z3 could not be loaded or failed: the query answers UNKNOWN with this message. */
    static final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        Unavailable(String message) {
            super(message, null, false, false);
        }
    }

    private final Context context;
    private final long timeoutMillis;

    private Z3Session(Context context, long timeoutMillis) {
        this.context = context;
        this.timeoutMillis = timeoutMillis;
    }

    static Z3Session open(long timeoutMillis) throws Unavailable {
        try {
            return new Z3Session(new Context(), timeoutMillis);
        } catch (LinkageError | Z3Exception e) {
            throw new Unavailable("the Z3 native library could not be loaded: " + e.getMessage());
        }
    }

    Context context() { return context; }

    /** A solver for quantifier-free nonlinear real arithmetic (nlsat) with this session's time-out. */
    Solver solver() {
        Solver s = context.mkSolver("QF_NRA");
        s.setParameters(Attainability.timeout(context, timeoutMillis));
        return s;
    }

    /** A solver for two quantifier blocks over the reals (the nlqsat tactic) with this session's time-out. */
    Solver quantifiedSolver() {
        Solver s = context.mkSolver(context.mkTactic("nlqsat"));
        s.setParameters(Attainability.timeout(context, timeoutMillis));
        return s;
    }

    /** The exact rational value of a constant in a model, or null when it is irrational (algebraic). */
    static org.apache.commons.numbers.fraction.BigFraction rational(com.microsoft.z3.Model model, com.microsoft.z3.Expr<?> v) {
        com.microsoft.z3.Expr<?> e = model.eval(v, true);
        if (!e.isRatNum()) return null;
        com.microsoft.z3.RatNum r = (com.microsoft.z3.RatNum) e;
        return org.apache.commons.numbers.fraction.BigFraction.of(r.getBigIntNumerator(), r.getBigIntDenominator());
    }

    /** Maps a check result; anything but an explicit SAT/UNSAT is UNKNOWN with Z3's reason. */
    SolverOutcome map(Status status, Solver solver, long startNanos) {
        long ms = (System.nanoTime() - startNanos) / 1_000_000;
        SolverOutcome.Status s = Attainability.statusOf(status);
        if (s != SolverOutcome.Status.UNKNOWN) return new SolverOutcome(s, null, ms);
        String why;
        try {
            why = solver.getReasonUnknown();
        } catch (Z3Exception e) {
            why = e.getMessage();
        }
        if (why == null || why.isBlank() || why.contains("canceled") || why.contains("timeout")) {
            why = "solver time-out after " + timeoutMillis + " ms" + (why == null || why.isBlank() ? "" : " (" + why + ")");
        }
        return SolverOutcome.unknown("Z3: " + why, ms);
    }

    @Override
    public void close() {
        context.close();
    }
}
