package org.supcert.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.supcert.io.InputException;
import org.supcert.verifier.VerifierOptions;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Output form and place plus the verifier's limits (a picocli mixin of check and certify). */
final class VerifyOptions {
    @Option(names = "--json", description = "Print JSON instead of text (README, \"JSON output\").")
    boolean json;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the output to FILE instead of standard output.")
    Path out;

    @Option(names = "--certificates", paramLabel = "full|summary", defaultValue = "full",
            description = "With --json: closedness certificates (Theorem S matchings, linearization integers) in full "
                    + "(default), or one summary line each, for supports whose matchings run to megabytes.")
    String certificates;

    /** Whether JSON carries closedness certificates in full; anything but full|summary is an input error. */
    boolean fullCertificates() {
        if (!"full".equals(certificates) && !"summary".equals(certificates)) {
            throw InputException.of("--certificates: '" + certificates + "' is not full or summary");
        }
        return "full".equals(certificates);
    }

    @CommandLine.Mixin
    VerifyLimits limits = new VerifyLimits();

    VerifierOptions verifierOptions() {
        return limits.verifierOptions();
    }

    /** Writes the output to --out, or to the command's standard output. */
    void emit(String text, PrintWriter stdout) {
        if (out == null) {
            stdout.print(text);
            stdout.flush();
        } else {
            OutputFile.write(out, text);
        }
    }
}
