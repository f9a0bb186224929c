package org.supcert.verifier;

/**
 * Resource limits of one verification, in one documented place (README, "Limits").
 *
 * @param timeoutMillis     wall-clock budget for one support; past it the open components are UNKNOWN
 * @param z3TimeoutMillis   time-out of each Z3 query
 * @param z3BudgetMillis    total Z3 time per support; past it certificates rely on their exact
 *                          combinatorial proof alone (still checked, never skipped)
 */
public record VerifierOptions(long timeoutMillis, long z3TimeoutMillis, long z3BudgetMillis) {
    /** 60 s per support, 10 s per Z3 query, 20 s of Z3 in total. */
    public static final VerifierOptions DEFAULTS = new VerifierOptions(60_000, 10_000, 20_000);

    public VerifierOptions {
        if (timeoutMillis <= 0 || z3TimeoutMillis < 0 || z3BudgetMillis < 0) {
            throw new IllegalArgumentException("time limits must be positive");
        }
    }

    public VerifierOptions withTimeout(long millis) {
        return new VerifierOptions(millis, Math.min(z3TimeoutMillis, millis), z3BudgetMillis);
    }
}
