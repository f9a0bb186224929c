package org.supcert.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.supcert.certificate.CertificateCheck;
import org.supcert.certificate.CornerCertificate;
import org.supcert.certificate.CornerProof;
import org.supcert.certificate.CurveCheck;
import org.supcert.certificate.NamedResult;
import org.supcert.support.families.Families;
import org.supcert.poly.SolverLimits;
import org.supcert.support.SupportChain;
import org.supcert.support.SupportPair;

/**
 * Thousands of seeded random small pairs: every NOT CLOSED certificate re-checks (curve exactly,
 * unattainability by Z3 and by the determinant proof), and a brute-force mu = 1 corner oracle,
 * written independently of the verifier, never coexists with CLOSED and is always found.
 */
class RandomPairsPropertyTest {
    static final int CASES = 3000;

    @Test
    void certificatesRecheckAndCornersAreNeverClosed() {
        SplittableRandom rnd = new SplittableRandom(20261124L);
        // theorems and corners only: the probes have their own test (RuleConsistencyTest)
        Verifier verifier = new Verifier(VerifierOptions.DEFAULTS.withProbeWork(0));
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        int z3Checked = 0;
        for (int trial = 0; trial < CASES; trial++) {
            int m = 2 + rnd.nextInt(5);
            int n = 2 + rnd.nextInt(5);
            int r = 1 + rnd.nextInt(5);
            double density = 0.3 + 0.5 * rnd.nextDouble();
            SupportPair p = pair(rnd, m, n, r, density);
            Verdict v = verifier.verify(new SupportChain("t" + trial, java.util.List.of(p.left(), p.right())));
            counts.merge(v.status(), 1, Integer::sum);
            String where = "trial " + trial + " " + p.left().toRowStrings() + " * " + p.right().toRowStrings() + ": " + v.reason();
            boolean corner = bruteForceRankOneCorner(p);
            if (corner) {
                assertNotEquals(Status.CLOSED, v.status(), where);
                assertEquals(Status.NOT_CLOSED, v.status(), "mu = 1 corner missed: " + where);
            }
            if (v.status() == Status.NOT_CLOSED) {
                var c = v.certificate();
                assertEquals(java.util.Optional.empty(), CurveCheck.violation(c.pattern(), c.target(), c.curve()), where);
                assertEquals(java.util.Optional.empty(), CornerProof.violation((CornerCertificate) c), where);
                var o = CertificateCheck.check(c, SolverLimits.ofMillis(10_000));
                assertTrue(o.valid() && o.certificate().checks().unattainable().contains("UNSAT"), where);
                z3Checked++;
            }
            if (v.status() == Status.CLOSED) {
                // the theorems with an exact FSMF (A, C, S) say tractable; a linearization certificate must re-check
                boolean exact = v.components().stream().allMatch(k -> k.result() == NamedResult.THEOREM_A
                        || k.result() == NamedResult.THEOREM_C || k.result() == NamedResult.THEOREM_S);
                assertEquals(exact, v.tractable(), where);
                for (var k : v.components()) {
                    if (k.proof() instanceof org.supcert.certificate.LinearizationCertificate lc) {
                        assertEquals(java.util.Optional.empty(), org.supcert.certificate.LinearizationCertificate.check(lc, p), where);
                    }
                }
            }
        }
        assertTrue(counts.getOrDefault(Status.NOT_CLOSED, 0) > CASES / 10, "too few NOT CLOSED: " + counts);
        assertEquals((int) counts.get(Status.NOT_CLOSED), z3Checked, "every certificate went through Z3");
        assertTrue(counts.getOrDefault(Status.CLOSED, 0) > CASES / 10, "too few CLOSED: " + counts);
    }

    static SupportPair pair(SplittableRandom rnd, int m, int n, int r, double density) {
        return new SupportPair("random", Families.random(m, r, density, rnd), Families.random(r, n, density, rnd));
    }

    /** docs/theory.md#corner-certificate read literally: a 2x2 grid inside some S_k, cov = 1 on three cells and >= 2 on the fourth. */
    static boolean bruteForceRankOneCorner(SupportPair p) {
        int m = p.rows();
        int n = p.cols();
        int r = p.inner();
        int[][] cov = new int[m][n];
        for (int k = 0; k < r; k++) for (int i : p.rowSet(k)) for (int j : p.colSet(k)) cov[i][j]++;
        for (int k = 0; k < r; k++) {
            int[] rows = p.rowSet(k);
            int[] cols = p.colSet(k);
            for (int a = 0; a < rows.length; a++) for (int b = a + 1; b < rows.length; b++) {
                for (int c = 0; c < cols.length; c++) for (int d = c + 1; d < cols.length; d++) {
                    int[] v = {cov[rows[a]][cols[c]], cov[rows[a]][cols[d]], cov[rows[b]][cols[c]], cov[rows[b]][cols[d]]};
                    int ones = 0;
                    int big = 0;
                    for (int x : v) if (x == 1) ones++; else if (x >= 2) big++;
                    if (ones == 3 && big == 1) return true;
                }
            }
        }
        return false;
    }
}
