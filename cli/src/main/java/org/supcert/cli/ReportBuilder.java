package org.supcert.cli;

import java.util.ArrayList;
import java.util.List;
import org.supcert.reports.model.DivergenceTrace;
import org.supcert.reports.model.DivergenceTraces;
import org.supcert.reports.model.Report;
import org.supcert.reports.model.SupportReport;
import org.supcert.verifier.Status;
import org.supcert.verifier.Verdict;
import org.supcert.verifier.Verifier;
import org.supcert.verifier.VerifierOptions;

/** Verifies every readable input and assembles the report model (shared by "report" and "ci"). */
final class ReportBuilder {
    private ReportBuilder() {}

    static Report build(List<ReportInputs.Input> inputs, VerifierOptions limits, boolean traces, boolean timings) {
        Verifier verifier = new Verifier(limits);
        List<SupportReport> out = new ArrayList<>();
        for (ReportInputs.Input in : inputs) {
            if (in.error() != null) {
                out.add(SupportReport.inputError(in.source(), in.error()));
                continue;
            }
            Verdict v = verifier.verify(in.support());
            DivergenceTrace t = traces && v.status() == Status.NOT_CLOSED ? DivergenceTraces.onWitness(v.certificate()) : null;
            out.add(SupportReport.of(in.source(), in.support(), v, t));
        }
        Report r = new Report(tool(), true, out);
        return timings ? r : r.withoutTimings();
    }

    /** "supcert 0.1.0": the version Main declares. */
    static String tool() {
        return Main.class.getAnnotation(picocli.CommandLine.Command.class).version()[0];
    }

    /** check's exit codes, and 2 when some input could not be read. */
    static int exitCode(Report r) {
        if (r.count(SupportReport.Outcome.INPUT_ERROR) > 0) return ExitCodes.INPUT_ERROR;
        if (r.supports().stream().anyMatch(s -> s.is(Status.NOT_CLOSED))) return ExitCodes.NOT_CLOSED;
        if (r.supports().stream().anyMatch(s -> s.is(Status.UNKNOWN))) return ExitCodes.UNKNOWN;
        return ExitCodes.OK;
    }
}
