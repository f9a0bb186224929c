package org.supcert.reports.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.supcert.certificate.NamedResult;
import org.supcert.verifier.Status;

class SupportSweepTest {
    static SweepSpec small(long seed) {
        return new SweepSpec(6, 5, 4, DensityGrid.parse("0.1:0.9:0.2"), 40, seed);
    }

    @Test
    void sameTableForOneOrFourThreads() {
        SweepTable one = SupportSweep.run(small(7), 1, 10_000, null);
        SweepTable four = SupportSweep.run(small(7), 4, 10_000, null);
        assertEquals(SweepCsv.write(one), SweepCsv.write(four));
        assertEquals(SweepPlot.write(one), SweepPlot.write(four));
        assertNotEquals(SweepCsv.write(one), SweepCsv.write(SupportSweep.run(small(8), 2, 10_000, null)),
                "another seed gives other samples");
    }

    @Test
    void countsAddUpAndEveryVerdictNamesItsRule() {
        SweepTable t = SupportSweep.run(small(3), 2, 10_000, null);
        long bad = 0;
        for (int k = 0; k < t.rows(); k++) {
            long sum = 0;
            for (Status s : Status.values()) sum += t.count(k, s);
            assertEquals(40, sum);
            long rules = 0;
            for (NamedResult r : NamedResult.values()) rules += t.decidedBy(k, r);
            assertEquals(40, rules);
            assertEquals(t.count(k, Status.UNKNOWN), t.decidedBy(k, NamedResult.NONE), "UNKNOWN is exactly 'none'");
            bad += t.count(k, Status.NOT_CLOSED);
        }
        assertTrue(bad > 0, "random 4 x 5 x 6 supports at density 0.3-0.7 include bad ones:\n" + SweepCsv.write(t));
    }

    @Test
    void aSampleIsTheNetworkPair() {
        SweepSpec s = new SweepSpec(7, 5, 3, new double[] {1.0}, 1, 1);
        var chain = SupportSweep.sample(s, 0, 0);
        assertEquals(3, chain.factor(0).rows());
        assertEquals(5, chain.factor(0).cols());
        assertEquals(5, chain.factor(1).rows());
        assertEquals(7, chain.factor(1).cols());
        assertEquals(15, chain.factor(0).nonZeros(), "density 1 allows every weight");
    }

    @Test
    void deeperNetworksAreChainsInProductOrder() {
        SweepSpec s = new SweepSpec(new int[] {7, 5, 4, 3}, new double[] {0.5}, 20, 2);
        var chain = SupportSweep.sample(s, 0, 0);
        assertEquals(3, chain.length());
        assertEquals(3, chain.rows());
        assertEquals(7, chain.cols());
        assertEquals(4, chain.factor(1).rows());
        assertEquals(5, chain.factor(1).cols());
        SweepTable t = SupportSweep.run(s, 2, 10_000, null);
        long sum = 0;
        for (Status st : Status.values()) sum += t.count(0, st);
        assertEquals(20, sum);
        assertThrows(org.supcert.io.InputException.class, () -> new SweepSpec(new int[] {3, 3}, new double[] {0.5}, 1, 1));
    }

    @Test
    void densityGridIncludesBothEndsWithoutDrift() {
        double[] d = DensityGrid.parse("0.1:0.9:0.05");
        assertEquals(17, d.length);
        assertEquals(0.1, d[0]);
        assertEquals(0.9, d[16]);
        assertEquals(0.55, d[9]);
        assertEquals(20, DensityGrid.parse("0.05:1:0.05").length);
        assertArrayEquals(new double[] {0.5}, DensityGrid.parse("0.5"));
        assertThrows(org.supcert.io.InputException.class, () -> DensityGrid.parse("0.1:1.2:0.1"));
        assertThrows(org.supcert.io.InputException.class, () -> DensityGrid.parse("0.9:0.1:0.1"));
        assertThrows(org.supcert.io.InputException.class, () -> DensityGrid.parse("a:b"));
    }

    @Test
    void csvHasOneColumnPerRuleAndPlotIsSvg() {
        SweepTable t = SupportSweep.run(small(1), 2, 10_000, null);
        String csv = SweepCsv.write(t);
        assertTrue(csv.startsWith("density,samples,closed,not_closed,unknown,p_not_closed,p_unknown,theorem_a,"), csv);
        assertEquals(6, csv.split("\n").length);
        String svg = SweepPlot.write(t);
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"") && svg.contains("Empirical probability of bad support"));
        double[] ci = SweepPlot.wilson(0, 100);
        assertEquals(0.0, ci[0], 1e-12);
        assertTrue(ci[1] > 0.03 && ci[1] < 0.04, "Wilson upper bound for 0/100 is about 0.037");
    }
}
