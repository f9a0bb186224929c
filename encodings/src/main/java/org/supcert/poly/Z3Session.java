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
    /**
     * Test seam: when set, every solver is given a parameter of this name, which Z3 rejects with
     * an error, so that tests see a genuinely failing solver. Null in production.
     */
    static volatile String faultyParameterForTests;

    private final Context context;
    private final SolverLimits limits;

    private Z3Session(Context context, SolverLimits limits) {
        this.context = context;
        this.limits = limits;
    }

    static Z3Session open(SolverLimits limits) {
        try {
            return new Z3Session(new Context(), limits);
        } catch (LinkageError | Z3Exception e) {
            throw new SolverTroubleException("Z3 unavailable: the native library could not be loaded: " + e.getMessage(), e);
        }
    }

    /**
     * The exception for a failure of Z3 during a query (an error Z3 raised, a native method that
     * could not be linked): the one mapping of solver trouble, used by every query of the package.
     */
    static SolverTroubleException trouble(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replace('\n', ' ');
        return new SolverTroubleException("Z3 failed: " + m, e);
    }

    Context context() { return context; }

    /** The work limit ("rlimit", Z3's deterministic resource count) and the wall-clock safety net ("timeout", ms). */
    private com.microsoft.z3.Params parameters() {
        com.microsoft.z3.Params p = context.mkParams();
        p.add("timeout", (int) Math.min(Integer.MAX_VALUE, limits.timeoutMillis()));
        if (limits.work() > 0) p.add("rlimit", (int) Math.min(Integer.MAX_VALUE, limits.work()));
        String faulty = faultyParameterForTests;
        if (faulty != null) p.add(faulty, true);
        return p;
    }

    /** A solver for quantifier-free nonlinear real arithmetic (nlsat) with this session's time-out. */
    Solver solver() {
        Solver s = context.mkSolver("QF_NRA");
        s.setParameters(parameters());
        return s;
    }

    /** A solver for two quantifier blocks over the reals (the nlqsat tactic) with this session's time-out. */
    Solver quantifiedSolver() {
        Solver s = context.mkSolver(context.mkTactic("nlqsat"));
        s.setParameters(parameters());
        return s;
    }

    /** The exact rational value of a constant in a model, or null when it is irrational (algebraic). */
    static org.apache.commons.numbers.fraction.BigFraction rational(com.microsoft.z3.Model model, com.microsoft.z3.Expr<?> v) {
        com.microsoft.z3.Expr<?> e = model.eval(v, true);
        if (!e.isRatNum()) return null;
        com.microsoft.z3.RatNum r = (com.microsoft.z3.RatNum) e;
        return org.apache.commons.numbers.fraction.BigFraction.of(r.getBigIntNumerator(), r.getBigIntDenominator());
    }

    /**
     * Maps a check result; anything but an explicit SAT/UNSAT is UNKNOWN with Z3's reason. The work
     * used is read from the solver's statistics, so a caller can charge it to a budget.
     */
    SolverOutcome map(Status status, Solver solver, long startNanos) {
        long ms = (System.nanoTime() - startNanos) / 1_000_000;
        long work = workUsed(solver);
        SolverOutcome.Status s = Attainability.statusOf(status);
        if (s != SolverOutcome.Status.UNKNOWN) return new SolverOutcome(s, null, work, false, ms);
        String why;
        try {
            why = solver.getReasonUnknown();
        } catch (Z3Exception e) {
            why = e.getMessage();
        }
        boolean byWork = limits.work() > 0 && work >= limits.work();
        boolean byClock = !byWork && (why == null || why.isBlank() || why.contains("canceled") || why.contains("timeout"));
        if (byWork) why = "work limit of " + limits.work() + " Z3 resource units reached";
        else if (byClock) why = "stopped by the wall-clock safety net of " + limits.timeoutMillis() + " ms";
        return new SolverOutcome(SolverOutcome.Status.UNKNOWN, "Z3: " + why, work, byClock, ms);
    }

    /** Z3's "rlimit count" statistic: resource units spent by this context so far. */
    private static long workUsed(Solver solver) {
        try {
            for (com.microsoft.z3.Statistics.Entry e : solver.getStatistics().getEntries()) {
                if ("rlimit count".equals(e.Key)) return e.isUInt() ? e.getUIntValue() : (long) e.getDoubleValue();
            }
        } catch (Z3Exception e) {
            return 0;
        }
        return 0;
    }

    @Override
    public void close() {
        context.close();
    }
}
