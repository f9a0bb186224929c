package org.supcert.reports.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.supcert.certificate.NamedResult;
import org.supcert.verifier.Status;

/** P(bad) is "n/a" (CSV) and not plotted (SVG) where every sample is UNKNOWN; elsewhere it is the fraction of samples. */
class SweepCsvTest {
    @Test
    void probabilityOfABadSupportIsNotApplicableWhenNothingWasDecided() {
        SweepSpec spec = new SweepSpec(4, 4, 4, new double[] {0.25, 0.75}, 4, 1);
        long[][] byStatus = new long[2][Status.values().length];
        byStatus[0][Status.UNKNOWN.ordinal()] = 4;
        byStatus[1][Status.CLOSED.ordinal()] = 3;
        byStatus[1][Status.UNKNOWN.ordinal()] = 1;
        long[][] byResult = new long[2][NamedResult.values().length];
        byResult[1][NamedResult.THEOREM_A.ordinal()] = 3;
        SweepTable t = new SweepTable(spec, byStatus, byResult, 0, 1);
        assertFalse(t.anyDecided(0));
        assertTrue(t.anyDecided(1));
        String[] lines = SweepCsv.write(t).split("\n");
        assertEquals(3, lines.length, SweepCsv.write(t));
        assertTrue(lines[1].startsWith("0.25,4,0,0,4,n/a,1.000000,"), lines[1]);
        assertTrue(lines[2].startsWith("0.75,4,3,0,1,0.000000,0.250000,3,"), lines[2]);
        String svg = SweepPlot.write(t);
        assertEquals(1, svg.split("<circle", -1).length - 1, "one NOT CLOSED point, at the decided density: " + svg);
    }
}
