package org.supcert.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.supcert.certificate.CertificateRecheck;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** supcert recheck: re-verify saved certificates from scratch (exact curve check, Z3 unattainability). */
@Command(name = "recheck", mixinStandardHelpOptions = true,
        description = "Re-verify certificates: a certificate, or the JSON output of 'supcert check --json' or "
                + "'certify --json'. CLOSED certificates (Theorem S, linearization) are checked against --support.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every certificate re-checks", "1:some certificate does not re-check",
                "2:usage or input error", "3:some CLOSED certificate was not re-checked (no --support), none invalid",
                "4:internal error"})
final class RecheckCommand implements Callable<Integer> {
    @Parameters(paramLabel = "CERT", arity = "1", description = "Certificate JSON, or 'check --json' output.")
    Path file;

    @Option(names = "--support", paramLabel = "INPUT",
            description = "Also check that the certificate's pattern is the restriction of this support (rows, columns and every inner column meeting the block).")
    Path support;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30", description = "Z3 time-out per certificate (default ${DEFAULT-VALUE} s).")
    double timeoutSeconds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CertificateRecheck.Result r = CertificateRecheck.run(file, support, timeoutSeconds);
        var out = spec.commandLine().getOut();
        r.lines().forEach(out::println);
        out.flush();
        return !r.allValid() ? ExitCodes.NOT_CLOSED : r.skipped() ? ExitCodes.UNKNOWN : ExitCodes.OK;
    }
}
