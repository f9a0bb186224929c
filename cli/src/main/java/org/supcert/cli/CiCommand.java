package org.supcert.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.supcert.reports.assembly.ReportBuilder;
import org.supcert.reports.assembly.ReportInputs;
import org.supcert.reports.baseline.Baseline;
import org.supcert.reports.baseline.BaselineDiff;
import org.supcert.reports.baseline.FailOn;
import org.supcert.reports.model.Report;
import org.supcert.reports.model.SupportReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** supcert ci: verify the inputs and compare the verdicts with a lock file; fail on regressions. */
@Command(name = "ci", mixinStandardHelpOptions = true,
        description = {"Regression check of supports against a lock file (default supcert.lock).",
            "Fails when a CLOSED support became NOT CLOSED or UNKNOWN, or a support (new or known) is newly NOT CLOSED.",
            "Supports are matched by key (the input as given + '#' + the support name); the lock also records the shape",
            "and a SHA-256 of the masks, so a changed mask is reported as such."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no regression (or --exit-zero, or --update-baseline)", "1:a regression (see the 'fail' lines)",
                "2:usage error, an unreadable input or lock file", "4:internal error"})
final class CiCommand implements Callable<Integer> {
    @CommandLine.Mixin
    SupportInputs supports = new SupportInputs();

    @Option(names = "--baseline", paramLabel = "FILE", defaultValue = "supcert.lock",
            description = "The lock file (default ${DEFAULT-VALUE}); when it is missing, this run writes it (exit 0 "
                    + "unless an input is unreadable): commit it, later runs compare against it.")
    Path baseline;

    @Option(names = "--update-baseline", description = "Rewrite the lock file with the current verdicts (sorted, reproducible) and exit 0.")
    boolean update;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "not-closed: only NOT CLOSED fails (CLOSED -> UNKNOWN warns); unknown: new UNKNOWN supports fail too. "
                    + "Default: NOT CLOSED and CLOSED -> UNKNOWN fail.")
    String failOn;

    @Option(names = "--exit-zero", description = "Print the changes but exit 0 even on a regression.")
    boolean exitZero;

    @CommandLine.Mixin
    VerifyLimits limits = new VerifyLimits();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * No lock yet (the first run, e.g. the first GitHub Actions job): there is nothing to regress from,
     * so the current verdicts become the lock, which the user commits. Unreadable inputs still fail.
     */
    private int firstRun(Report r, PrintWriter out, long errors) {
        out.printf(Locale.US, "supcert ci: %d support(s); no lock file %s yet%n", r.supports().size(), baseline);
        if (errors > 0) {
            out.printf(Locale.US, "result: %d input(s) could not be read; no lock was written%n", errors);
            out.flush();
            return ExitCodes.INPUT_ERROR;
        }
        Baseline lock = Baseline.of(r);
        OutputFile.write(baseline, lock.write());
        out.printf(Locale.US, "result: wrote %s with %d support(s) (%d closed, %d not closed, %d unknown); commit it, "
                + "and later runs of this command compare against it (accept intended changes with --update-baseline)%n",
                baseline, lock.entries().size(), r.count(SupportReport.Outcome.CLOSED),
                r.count(SupportReport.Outcome.NOT_CLOSED), r.count(SupportReport.Outcome.UNKNOWN));
        out.flush();
        return ExitCodes.OK;
    }

    @Override
    public Integer call() {
        FailOn level = failOn == null ? FailOn.REGRESSION : FailOn.parse(failOn);
        Baseline old = Baseline.read(baseline);
        Report r = ReportBuilder.build(ReportInputs.read(supports.files, supports.families), limits.verifierOptions(), false, false);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long errors = r.count(SupportReport.Outcome.INPUT_ERROR);
        for (SupportReport s : r.supports()) if (s.error() != null) err.println("supcert: " + s.error());
        if (old == null && !update) return firstRun(r, out, errors);
        BaselineDiff diff = BaselineDiff.compare(old, r, level);
        out.printf(Locale.US, "supcert ci: %d support(s) against %s (%s)%n", r.supports().size(), baseline,
                old == null ? "no baseline yet" : old.entries().size() + " in the baseline");
        long unchanged = 0;
        for (BaselineDiff.Change c : diff.changes()) {
            if (c.kind() == BaselineDiff.Kind.UNCHANGED) {
                unchanged++;
                continue;
            }
            out.printf(Locale.US, "  %-4s  %s: %s%n", c.level().name().toLowerCase(Locale.ROOT), c.key(), c.message());
        }
        if (unchanged > 0) out.printf(Locale.US, "  %d support(s) unchanged%n", unchanged);
        if (errors > 0) {
            out.printf(Locale.US, "result: %d input(s) could not be read%s%n", errors,
                    update ? "; the baseline was not updated" : "");
            out.flush();
            return ExitCodes.INPUT_ERROR;
        }
        if (update) {
            OutputFile.write(baseline, Baseline.of(r).write());
            out.printf(Locale.US, "result: wrote %s with %d support(s)%n", baseline, Baseline.of(r).entries().size());
            out.flush();
            return ExitCodes.OK;
        }
        if (diff.fails()) {
            out.printf(Locale.US, "result: FAILED: %d regression(s)%s; if intended, accept them with --update-baseline%n",
                    diff.count(BaselineDiff.Level.FAIL), exitZero ? " (--exit-zero: exit 0)" : "");
            out.flush();
            return exitZero ? ExitCodes.OK : ExitCodes.NOT_CLOSED;
        }
        out.printf(Locale.US, "result: passed (%d warning(s))%n", diff.count(BaselineDiff.Level.WARN));
        out.flush();
        return ExitCodes.OK;
    }

}
