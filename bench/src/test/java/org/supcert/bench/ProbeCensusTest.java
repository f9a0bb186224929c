package org.supcert.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The census and the timings that bench probes and bench verify print. */
class ProbeCensusTest {
    @Test
    void theTableDoesNotDependOnOrderOrThreads() {
        // work 0: no Z3 probes, so the run is fast and every verdict comes from a theorem or UNKNOWN
        ProbeCensus.Result forward = ProbeCensus.run(new ProbeCensus.Options(40, 5, 0, 1, false));
        ProbeCensus.Result reverse = ProbeCensus.run(new ProbeCensus.Options(40, 5, 0, 2, true));
        assertEquals(40, forward.verdicts().size());
        assertEquals(ProbeCensus.digest(forward), ProbeCensus.digest(reverse));
        assertEquals(ProbeCensus.byResult(forward), ProbeCensus.byResult(reverse));
        assertEquals(40, ProbeCensus.byResult(forward).values().stream().mapToInt(Integer::intValue).sum());
        for (int t = 0; t < 40; t++) assertEquals("p" + t, forward.verdicts().get(t).name());
        String text = ProbeCensus.report(forward, true, false);
        assertTrue(text.startsWith("| verdict by result | pairs | share |"), text);
        assertTrue(text.contains("verdicts digest (name, verdict, result and reason of every pair): " + ProbeCensus.digest(forward)), text);
        // --reasons: one tab-separated line per pair, in pair order, the same in both runs
        String reasons = ProbeCensus.report(forward, false, true);
        java.util.List<String> lines = reasons.lines().filter(l -> l.matches("p\\d+\t.*")).toList();
        assertEquals(40, lines.size(), reasons);
        for (int t = 0; t < 40; t++) {
            var v = forward.verdicts().get(t);
            assertEquals("p" + t + "\t" + v.status() + "\t" + v.result().id() + "\t" + v.reason(), lines.get(t));
        }
        assertEquals(lines, ProbeCensus.report(reverse, false, true).lines().filter(l -> l.matches("p\\d+\t.*")).toList());
    }

    @Test
    void anotherSeedGivesOtherPairs() {
        assertEquals(masks(1), masks(1));
        assertTrue(!masks(1).equals(masks(2)));
    }

    private static java.util.List<java.util.List<org.supcert.support.Mask>> masks(long seed) {
        return ProbeCensus.pairs(10, seed).stream().map(org.supcert.support.SupportChain::factors).toList();
    }

    @Test
    void optionsOutOfRangeNameTheOption() {
        assertTrue(assertThrows(org.supcert.io.InputException.class, () -> new ProbeCensus.Options(0, 1, 0, 1, false))
                .getMessage().startsWith("--cases"));
        assertTrue(assertThrows(org.supcert.io.InputException.class, () -> new ProbeCensus.Options(1, 1, 0, 0, false))
                .getMessage().startsWith("--threads"));
        assertTrue(assertThrows(org.supcert.io.InputException.class, () -> new VerifierTimings.Options(12, 8, 0.5, 1, false, false))
                .getMessage().startsWith("--n"));
    }

    @Test
    void timingsPrintOneRowPerCaseWithItsVerdict() {
        StringWriter s = new StringWriter();
        VerifierTimings.run(new VerifierTimings.Options(8, 6, 0.5, 1, false, false), new PrintWriter(s));
        String[] lines = s.toString().split("\n");
        assertEquals(5, lines.length, s::toString); // header, 2 splits, their total, the random pair
        assertTrue(lines[1].startsWith("butterfly-split:8:1") && lines[1].contains("CLOSED by "), s::toString);
        assertTrue(lines[4].startsWith("random:6:6:6:0.5:1"), s::toString);
    }
}
