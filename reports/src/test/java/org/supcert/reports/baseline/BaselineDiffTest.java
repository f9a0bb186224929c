package org.supcert.reports.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supcert.support.families.FamilySpec;
import org.supcert.reports.model.Report;
import org.supcert.reports.model.SupportReport;
import org.supcert.support.SupportChain;
import org.supcert.certificate.NamedResult;
import org.supcert.verifier.Status;
import org.supcert.verifier.Verdict;

/** The table of README "CI mode", row by row, at every --fail-on level. */
class BaselineDiffTest {
    @TempDir
    Path tmp;

    static final SupportChain S = FamilySpec.parse("dense:2:2:1");

    static Report now(Status s) {
        NamedResult r = s == Status.CLOSED ? NamedResult.THEOREM_A : s == Status.NOT_CLOSED ? NamedResult.CORNER_CERTIFICATE
                : NamedResult.NONE;
        Verdict v = Verdict.summary("x", "2 x 2 (2x1 * 1x2)", s, r, "because", false, false);
        return new Report("t", false, List.of(SupportReport.of("x.json", S, v, null)));
    }

    static BaselineDiff.Level level(Status was, Status is, FailOn f) {
        Baseline b = was == null ? new Baseline(List.of()) : Baseline.of(now(was));
        List<BaselineDiff.Change> c = BaselineDiff.compare(b, now(is), f).changes();
        assertEquals(1, c.size());
        return c.get(0).level();
    }

    @Test
    void theRulesOfTheReadmeTable() {
        for (FailOn f : FailOn.values()) {
            assertEquals(BaselineDiff.Level.FAIL, level(Status.CLOSED, Status.NOT_CLOSED, f), f.name());
            assertEquals(BaselineDiff.Level.FAIL, level(Status.UNKNOWN, Status.NOT_CLOSED, f), f.name());
            assertEquals(BaselineDiff.Level.FAIL, level(null, Status.NOT_CLOSED, f), f.name());
            assertEquals(BaselineDiff.Level.NOTE, level(Status.NOT_CLOSED, Status.NOT_CLOSED, f), f.name());
            assertEquals(BaselineDiff.Level.NOTE, level(Status.NOT_CLOSED, Status.CLOSED, f), f.name());
            assertEquals(BaselineDiff.Level.NOTE, level(null, Status.CLOSED, f), f.name());
        }
        assertEquals(BaselineDiff.Level.FAIL, level(Status.CLOSED, Status.UNKNOWN, FailOn.REGRESSION));
        assertEquals(BaselineDiff.Level.WARN, level(Status.CLOSED, Status.UNKNOWN, FailOn.NOT_CLOSED));
        assertEquals(BaselineDiff.Level.FAIL, level(Status.CLOSED, Status.UNKNOWN, FailOn.UNKNOWN));
        assertEquals(BaselineDiff.Level.WARN, level(null, Status.UNKNOWN, FailOn.REGRESSION));
        assertEquals(BaselineDiff.Level.FAIL, level(null, Status.UNKNOWN, FailOn.UNKNOWN));
    }

    @Test
    void lockFileRoundTripsAndRejectsDuplicatesAndBadVerdicts() throws IOException {
        Baseline b = Baseline.of(now(Status.CLOSED));
        Path f = tmp.resolve("supcert.lock");
        Files.writeString(f, b.write());
        assertEquals(b, Baseline.read(f));
        assertEquals(null, Baseline.read(tmp.resolve("absent.lock")));
        Files.writeString(f, b.write().replace("\"CLOSED\"", "\"FINE\""));
        assertThrows(org.supcert.io.InputException.class, () -> Baseline.read(f));
        Baseline.Entry e = b.entries().get(0);
        assertThrows(org.supcert.io.InputException.class, () -> new Baseline(List.of(e, e)));
        assertFalse(BaselineDiff.compare(b, now(Status.CLOSED), FailOn.REGRESSION).fails());
        assertTrue(BaselineDiff.compare(b, now(Status.NOT_CLOSED), FailOn.NOT_CLOSED).fails());
    }
}
