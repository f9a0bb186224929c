package org.supcert.cli;

import org.supcert.verifier.VerifierOptions;
import picocli.CommandLine.Option;

/** The verifier's time limits on a command line (a picocli mixin shared by every verifying command). */
final class VerifyLimits {
    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Time budget per support (default ${DEFAULT-VALUE} s); past it, open components are UNKNOWN.")
    double timeoutSeconds;

    @Option(names = "--budget", paramLabel = "SECONDS", defaultValue = "10",
            description = "Time per support for the Z3 probes of components no theorem settles (default ${DEFAULT-VALUE} s; 0 disables them).")
    double budgetSeconds;

    /** The verifier's limits from these options; a value out of range is an input error. */
    VerifierOptions verifierOptions() {
        if (!(timeoutSeconds > 0) || timeoutSeconds > 86_400) {
            throw new IllegalArgumentException("--timeout: " + timeoutSeconds + " is not in (0, 86400] seconds");
        }
        if (!(budgetSeconds >= 0) || budgetSeconds > 86_400) {
            throw new IllegalArgumentException("--budget: " + budgetSeconds + " is not in [0, 86400] seconds");
        }
        return VerifierOptions.DEFAULTS.withTimeout((long) (timeoutSeconds * 1000))
                .withProbeBudget((long) (budgetSeconds * 1000));
    }
}
