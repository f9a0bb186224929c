package org.supcert.reports.assembly;

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
public final class ReportBuilder {
    /** The tool and version the reports name (the command line's --version prints it too). */
    public static final String TOOL = "supcert 0.1.0";

    private ReportBuilder() {}

    public static Report build(List<ReportInputs.Input> inputs, VerifierOptions limits, boolean traces, boolean timings) {
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
        Report r = new Report(TOOL, true, out);
        return timings ? r : r.withoutTimings();
    }
}
