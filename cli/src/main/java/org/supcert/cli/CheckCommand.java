package org.supcert.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.supcert.reports.assembly.CheckOutput;
import org.supcert.reports.assembly.ReportInputs;
import org.supcert.support.SupportChain;
import org.supcert.verifier.Verdict;
import org.supcert.verifier.Verifier;
import org.supcert.verifier.VerifierOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** supcert check: is P closed? One verdict per input, with the result that proves it. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Decide whether the set of products of each support is closed (docs/theory.md).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every support CLOSED", "1:some support NOT CLOSED", "2:usage or input error",
                "3:some support UNKNOWN, none NOT CLOSED", "4:internal error"})
final class CheckCommand implements Callable<Integer> {
    @CommandLine.Mixin
    SupportInputs inputs = new SupportInputs();

    @CommandLine.Mixin
    VerifyOptions options = new VerifyOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        VerifierOptions limits = options.verifierOptions();
        boolean fullCertificates = options.fullCertificates();
        List<SupportChain> supports = ReportInputs.supports(inputs.files, inputs.families);
        Verifier verifier = new Verifier(limits);
        List<Verdict> verdicts = new ArrayList<>();
        for (SupportChain s : supports) verdicts.add(verifier.verify(s));
        options.emit(options.json ? CheckOutput.json(verdicts, fullCertificates) : CheckOutput.text(verdicts), spec.commandLine().getOut());
        return exitCode(verdicts);
    }

    static int exitCode(List<Verdict> verdicts) {
        return ExitCodes.of(verdicts.stream().map(Verdict::status));
    }
}
