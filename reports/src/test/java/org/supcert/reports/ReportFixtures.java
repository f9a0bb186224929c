package org.supcert.reports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.supcert.support.families.FamilySpec;
import org.supcert.support.io.SupportFile;
import org.supcert.reports.model.DivergenceTraces;
import org.supcert.reports.model.Report;
import org.supcert.reports.model.SupportReport;
import org.supcert.support.SupportChain;
import org.supcert.verifier.Verdict;
import org.supcert.verifier.Verifier;
import org.supcert.verifier.VerifierOptions;

/** Reports over golden cases with every outcome: CLOSED, NOT CLOSED (with trace), UNKNOWN, input error. */
public final class ReportFixtures {
    public static final Path CASES = Path.of("..", "cases");

    private ReportFixtures() {}

    /** A fresh verification of lu2, disjoint-identical, absorbed-two-blocks, lu:3, one UNKNOWN and one input error. */
    public static Report sample() {
        Verifier verifier = new Verifier(VerifierOptions.DEFAULTS);
        List<SupportReport> out = new ArrayList<>();
        for (String file : List.of("lu2.json", "disjoint-identical.json", "absorbed-two-blocks.json")) {
            Path p = CASES.resolve(file);
            SupportChain s = SupportFile.read(p).support();
            Verdict v = verifier.verify(s);
            out.add(SupportReport.of(p.toString(), s, v, DivergenceTraces.onWitness(v.certificate())));
        }
        SupportChain lu3 = FamilySpec.parse("lu:3");
        Verdict v = verifier.verify(lu3);
        out.add(SupportReport.of("--family lu:3", lu3, v, null));
        SupportChain dense = FamilySpec.parse("dense:3:4:2");
        out.add(SupportReport.of("layers/odd <&> \"name\".json", dense, Verdict.unknown("odd <&> \"name\"", "3 x 4 (3x2 * 2x4)",
                "time-out after 1 ms; no result applies | pipes | and <tags>", List.of(), false, false, 0.25), null));
        out.add(SupportReport.inputError("missing.json", "missing.json: no such file"));
        return new Report("supcert 0.1.0", true, out);
    }
}
