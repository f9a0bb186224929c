package org.supcert.verifier;

/**
 * Resource limits of one verification, in one documented place (README, "Limits").
 *
 * @param timeoutMillis     wall-clock budget for one support; past it the open components are UNKNOWN
 * @param z3TimeoutMillis   time-out of each Z3 query
 * @param z3BudgetMillis    total Z3 time per support for certificate re-checks; past it certificates
 *                          rely on their exact combinatorial proof alone (still checked, never skipped)
 * @param probeBudgetMillis time per support for the Z3 probes of THEORY section 6 (0: no probes)
 */
public record VerifierOptions(long timeoutMillis, long z3TimeoutMillis, long z3BudgetMillis, long probeBudgetMillis) {
    /** 60 s per support, 10 s per Z3 query, 20 s of Z3 re-checks, 10 s of probes. */
    public static final VerifierOptions DEFAULTS = new VerifierOptions(60_000, 10_000, 20_000, 10_000);

    public VerifierOptions {
        if (timeoutMillis <= 0 || z3TimeoutMillis < 0 || z3BudgetMillis < 0 || probeBudgetMillis < 0) {
            throw new IllegalArgumentException("time limits must be positive");
        }
    }

    public VerifierOptions withTimeout(long millis) {
        return new VerifierOptions(millis, Math.min(z3TimeoutMillis, millis), z3BudgetMillis, probeBudgetMillis);
    }

    public VerifierOptions withProbeBudget(long millis) {
        return new VerifierOptions(timeoutMillis, z3TimeoutMillis, z3BudgetMillis, millis);
    }
}
