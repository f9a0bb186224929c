package org.supcert.cli;

import org.supcert.io.InputException;
import org.supcert.verifier.VerifierOptions;
import picocli.CommandLine.Option;

/**
 * The verifier's limits on a command line (a picocli mixin shared by every verifying command).
 * --work is the budget that decides verdicts; --timeout and --budget are wall-clock safety nets.
 */
final class VerifyLimits {
    @Option(names = "--work", paramLabel = "UNITS", defaultValue = "16000000",
            description = "Z3 resource units per support for the probes of components no theorem settles (default ${DEFAULT-VALUE}, "
                    + "about 11 s here; 0 disables the probes). Counted work, so verdicts do not depend on the machine's load.")
    long work;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "600",
            description = "Wall-clock safety net per support (default ${DEFAULT-VALUE} s); a verdict it cuts is UNKNOWN and says so.")
    double timeoutSeconds;

    @Option(names = "--budget", paramLabel = "SECONDS", defaultValue = "300",
            description = "Wall-clock safety net of the Z3 probes per support (default ${DEFAULT-VALUE} s; 0 disables the probes).")
    double budgetSeconds;

    /** The verifier's limits from these options; a value out of range is an input error. */
    VerifierOptions verifierOptions() {
        if (!(timeoutSeconds > 0) || timeoutSeconds > 86_400) {
            throw InputException.of("--timeout: " + timeoutSeconds + " is not in (0, 86400] seconds");
        }
        if (!(budgetSeconds >= 0) || budgetSeconds > 86_400) {
            throw InputException.of("--budget: " + budgetSeconds + " is not in [0, 86400] seconds");
        }
        if (work < 0 || work > 1_000_000_000_000L) {
            throw InputException.of("--work: " + work + " is not in [0, 10^12] resource units");
        }
        return VerifierOptions.DEFAULTS.withTimeout((long) (timeoutSeconds * 1000))
                .withProbeSafety((long) (budgetSeconds * 1000)).withProbeWork(work);
    }
}
