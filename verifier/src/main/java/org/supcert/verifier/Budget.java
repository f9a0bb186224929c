package org.supcert.verifier;

/** The time left for one support, and the Z3 time left; shared by its components. */
final class Budget {
    private final long deadlineNanos;
    private final long probeDeadlineNanos;
    private final VerifierOptions options;
    private long z3SpentMillis;

    Budget(VerifierOptions options) {
        this.options = options;
        long now = System.nanoTime();
        this.deadlineNanos = now + options.timeoutMillis() * 1_000_000L;
        this.probeDeadlineNanos = Math.min(deadlineNanos, now + options.probeBudgetMillis() * 1_000_000L);
    }

    boolean expired() { return System.nanoTime() > deadlineNanos; }

    long remainingMillis() { return Math.max(0, (deadlineNanos - System.nanoTime()) / 1_000_000L); }

    /** Time-out for the next Z3 query, 0 when the Z3 budget or the deadline is spent. */
    long z3Timeout() {
        long left = Math.min(options.z3BudgetMillis() - z3SpentMillis, remainingMillis());
        return Math.max(0, Math.min(options.z3TimeoutMillis(), left));
    }

    void spentZ3(long millis) { z3SpentMillis += millis; }

    /** When the probes of this support must stop (the probe budget, within the deadline). */
    long probeDeadline() { return probeDeadlineNanos; }

    boolean probesAllowed() { return options.probeBudgetMillis() > 0 && System.nanoTime() < probeDeadlineNanos; }
}
