package org.supcert.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.supcert.reports.assembly.ReportBuilder;
import org.supcert.reports.assembly.ReportInputs;
import org.supcert.reports.assembly.ReportWriters;
import org.supcert.reports.model.Report;
import org.supcert.reports.model.SupportReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** supcert report: verify every input and write the closedness report in the requested formats. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Verify supports and write closedness reports: HTML, JSON, JUnit XML, SARIF, Markdown.",
            "A model file (safetensors, PyTorch, ONNX, .npz ...) adds every pair of consecutive layers and the chain, keyed "
                + "FILE#fc1.weight->fc2.weight.",
            "Unreadable inputs become error entries (JUnit <error>) instead of stopping the run.",
            "Without any output option the Markdown summary goes to standard output."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every support CLOSED", "1:some support NOT CLOSED", "2:usage error, or some input unreadable",
                "3:some support UNKNOWN, none NOT CLOSED", "4:internal error"})
final class ReportCommand implements Callable<Integer> {
    @CommandLine.Mixin
    SupportInputs supports = new SupportInputs();

    @Option(names = "--html", paramLabel = "FILE", description = "Self-contained HTML report.")
    Path html;

    @Option(names = "--json", paramLabel = "FILE", description = "JSON report (schema: supcert report v1).")
    Path json;

    @Option(names = "--junit", paramLabel = "FILE", description = "JUnit XML: one testcase per support.")
    Path junit;

    @Option(names = "--sarif", paramLabel = "FILE", description = "SARIF 2.1.0 log.")
    Path sarif;

    @Option(names = "--family-location", paramLabel = "FILE", defaultValue = ReportWriters.DEFAULT_FAMILY_LOCATION,
            description = "The file SARIF results of --family inputs point to (they name no file; GitHub needs one). "
                    + "Default: ${DEFAULT-VALUE}.")
    String familyLocation;

    @Option(names = "--markdown", paramLabel = "FILE", description = "Markdown summary (at most 1 MiB, for a CI step summary).")
    Path markdown;

    @Option(names = "--no-timings", description = "Write every time as 0: the reports are then byte-for-byte reproducible.")
    boolean noTimings;

    @Option(names = "--no-trace", description = "Skip the numeric divergence run on NOT CLOSED witnesses.")
    boolean noTrace;

    @CommandLine.Mixin
    VerifyLimits limits = new VerifyLimits();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<ReportInputs.Input> in = ReportInputs.read(supports.files, supports.families);
        Report r = ReportBuilder.build(in, limits.verifierOptions(), !noTrace, !noTimings);
        List<String> wrote = new ArrayList<>();
        write(html, r, ReportWriters::html, wrote);
        write(json, r, ReportWriters::json, wrote);
        write(junit, r, ReportWriters::junit, wrote);
        write(sarif, r, x -> ReportWriters.sarif(x, Path.of("").toAbsolutePath(), familyLocation), wrote);
        write(markdown, r, ReportWriters::markdown, wrote);
        var out = spec.commandLine().getOut();
        if (wrote.isEmpty()) {
            out.print(ReportWriters.markdown(r));
        } else {
            out.printf(Locale.US, "report: %d support(s): %d closed, %d not closed, %d unknown, %d input error(s)%n",
                    r.supports().size(), r.count(SupportReport.Outcome.CLOSED), r.count(SupportReport.Outcome.NOT_CLOSED),
                    r.count(SupportReport.Outcome.UNKNOWN), r.count(SupportReport.Outcome.INPUT_ERROR));
            wrote.forEach(w -> out.println("  wrote " + w));
        }
        out.flush();
        for (SupportReport s : r.supports()) {
            if (s.error() != null) spec.commandLine().getErr().println("supcert: " + s.error());
        }
        return ExitCodes.of(r);
    }

    private static void write(Path file, Report r, Function<Report, String> writer, List<String> wrote) {
        if (file == null) return;
        int bytes = OutputFile.write(file, writer.apply(r));
        wrote.add(String.format(Locale.US, "%s (%,d bytes)", file, bytes));
    }
}
