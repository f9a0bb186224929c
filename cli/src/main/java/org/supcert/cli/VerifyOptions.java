package org.supcert.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.supcert.verifier.VerifierOptions;
import picocli.CommandLine.Option;

/** The options every verifying command shares (a picocli mixin): output form and place, time and probe budgets. */
final class VerifyOptions {
    @Option(names = "--json", description = "Print JSON instead of text (README, \"JSON output\").")
    boolean json;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the output to FILE instead of standard output.")
    Path out;

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

    /** Writes the output to --out, or to the command's standard output. */
    void emit(String text, PrintWriter stdout) {
        write(text, out, stdout);
    }

    static void write(String text, Path file, PrintWriter stdout) {
        if (file == null) {
            stdout.print(text);
            stdout.flush();
            return;
        }
        OutputFile.write(file, text);
    }
}
