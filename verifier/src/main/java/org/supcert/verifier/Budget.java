package org.supcert.verifier;

import org.supcert.poly.SolverLimits;

/**
 * What one support may still spend. Work is counted (Z3 resource units for the probes), so
 * verdicts do not depend on the machine's speed; the wall clock is watched only as a safety net,
 * and {@link #cutByClock()} remembers whether it fired so that a verdict can say so.
 */
final class Budget {
    /**
     * Wall-clock safety net of one re-check query: far above its 20 M units of work (about 13 s
     * here, 60 s under heavy load), since a re-check cut by the clock would reject a certificate
     * and let another witness, or none, decide: a verdict that depends on the load.
     */
    private static final long RECHECK_SAFETY_MILLIS = 600_000;

    private final VerifierOptions options;
    private final long deadlineNanos;
    private final long probeDeadlineNanos;
    private long probeWorkLeft;
    private boolean cutByClock;

    Budget(VerifierOptions options) {
        this.options = options;
        long now = System.nanoTime();
        this.deadlineNanos = now + options.timeoutMillis() * 1_000_000L;
        this.probeDeadlineNanos = Math.min(deadlineNanos, now + options.probeSafetyMillis() * 1_000_000L);
        this.probeWorkLeft = options.probeWork();
    }

    /** True past the support's safety net (and remembered as a clock cut). */
    boolean expired() {
        if (System.nanoTime() > deadlineNanos) cutByClock = true;
        return cutByClock;
    }

    /** Whether a wall-clock safety net stopped anything of this support. */
    boolean cutByClock() { return cutByClock; }

    void markClockCut() { cutByClock = true; }

    /** True while a whole probe query fits in the work left and the probes' safety net has not fired. */
    boolean probeQueryAllowed() {
        if (!options.probesEnabled() || probeWorkLeft < options.queryWork()) return false;
        if (System.nanoTime() > probeDeadlineNanos) {
            cutByClock = true;
            return false;
        }
        return true;
    }

    boolean probesEnabled() { return options.probesEnabled(); }

    void chargeProbe(long work) { probeWorkLeft -= work; }

    /**
     * Limits of one probe query: always the full per-query work and always the same safety net
     * value. Never "the time left": Z3 picks some strategies by whether and how a time-out is
     * set, so a value that varied with the clock made the same query answer differently (a
     * 2,000-pair run gave another verdict digest in reverse order). The probes' deadline is
     * checked between queries instead ({@link #probeQueryAllowed}).
     */
    SolverLimits probeQuery() {
        return new SolverLimits(options.queryWork(), Math.max(1, options.probeSafetyMillis()));
    }

    /** Limits of a certificate's Z3 re-check, or null when Z3 re-checks are off. */
    SolverLimits recheck() {
        if (options.recheckWork() == 0) return null;
        return new SolverLimits(options.recheckWork(), RECHECK_SAFETY_MILLIS);
    }
}
