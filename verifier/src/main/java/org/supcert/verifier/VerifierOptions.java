package org.supcert.verifier;

/**
 * Resource limits of one verification, in one documented place (README, "Limits"). Verdicts are
 * budgeted by work (Z3 resource units and search steps), so the same input gets the same verdict
 * on any machine under any load (docs/theory.md#same-input-same-verdict); the two wall-clock
 * limits are safety nets only, and a verdict they cut says so.
 *
 * @param timeoutMillis      wall-clock safety net for one support; past it the open components are UNKNOWN
 * @param probeSafetyMillis  wall-clock safety net for the Z3 probes of one support (0: no probes)
 * @param probeWork          Z3 resource units per support for the probes (0: no probes)
 * @param queryWork          Z3 resource units of each probe query (every query gets exactly this much)
 * @param recheckWork        Z3 resource units of the Z3 re-check of a NOT CLOSED certificate (0: no Z3
 *                           re-check; the certificate's exact combinatorial proof must then hold)
 */
public record VerifierOptions(long timeoutMillis, long probeSafetyMillis, long probeWork, long queryWork,
        long recheckWork) {
    /**
     * 16 M units of probes per support in queries of 4 M (about 11 s and 2.5 s on this project's
     * machine, calibrated on the golden cases and the 2,000-pair table), 20 M units per re-check;
     * safety nets of 600 s per support and 300 s for the probes: far above what the work takes even on
     * a loaded machine (a 2,000-pair run beside other builds had one pair cut at 60 s), so that they
     * fire only on a solver that stops counting work. 16 M rather than 12 M since the full-space
     * query may be asked twice (direct, then transposed): the blocks keep the work they had.
     */
    public static final VerifierOptions DEFAULTS = new VerifierOptions(600_000, 300_000, 16_000_000, 4_000_000, 20_000_000);

    public VerifierOptions {
        if (timeoutMillis <= 0 || probeSafetyMillis < 0 || probeWork < 0 || queryWork < 0 || recheckWork < 0) {
            throw new IllegalArgumentException("verifier limits must be positive");
        }
    }

    /** No probes and no Z3 re-checks: the rules that need no solver (sweeps), under a safety net. */
    public static VerifierOptions solverFree(long timeoutMillis) {
        return new VerifierOptions(timeoutMillis, 0, 0, 0, 0);
    }

    public VerifierOptions withTimeout(long millis) {
        return new VerifierOptions(millis, probeSafetyMillis, probeWork, queryWork, recheckWork);
    }

    public VerifierOptions withProbeSafety(long millis) {
        return new VerifierOptions(timeoutMillis, millis, probeWork, queryWork, recheckWork);
    }

    public VerifierOptions withProbeWork(long units) {
        return new VerifierOptions(timeoutMillis, probeSafetyMillis, units, queryWork, recheckWork);
    }

    boolean probesEnabled() { return probeSafetyMillis > 0 && probeWork > 0 && queryWork > 0; }
}
