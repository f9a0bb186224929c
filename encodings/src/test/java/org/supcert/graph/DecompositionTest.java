package org.supcert.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.Set;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.junit.jupiter.api.Test;
import org.supcert.support.Mask;
import org.supcert.support.SupportPair;

/** The two component algorithms agree with each other and with JGraphT on the explicit overlap graph. */
class DecompositionTest {
    static SupportPair random(SplittableRandom rnd, int m, int n, int r, double density) {
        Mask.Builder a = new Mask.Builder(m, r);
        Mask.Builder b = new Mask.Builder(r, n);
        for (int i = 0; i < m; i++) for (int k = 0; k < r; k++) if (rnd.nextDouble() < density) a.set(i, k);
        for (int k = 0; k < r; k++) for (int j = 0; j < n; j++) if (rnd.nextDouble() < density) b.set(k, j);
        return new SupportPair("random", a.build(), b.build());
    }

    @Test
    void searchCellsAndJGraphTAgree() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int trial = 0; trial < 500; trial++) {
            int m = 1 + rnd.nextInt(9);
            int n = 1 + rnd.nextInt(9);
            int r = 1 + rnd.nextInt(9);
            SupportPair p = random(rnd, m, n, r, 0.05 + rnd.nextDouble() * 0.5);
            RankOneSupports s = RankOneSupports.of(p);
            TwinQuotient q = TwinQuotient.of(s);
            int k = s.classes().size();
            int[][] search = Decomposition.bySearch(q, k);
            int[][] cells = Decomposition.byCells(q, k);
            assertEquals(search.length, cells.length, "trial " + trial);
            for (int c = 0; c < search.length; c++) assertArrayEquals(search[c], cells[c], "trial " + trial);
            List<Set<Integer>> expected = new ArrayList<>(
                    new ConnectivityInspector<>(OverlapGraph.of(s.classes())).connectedSets());
            expected.sort(Comparator.comparingInt(x -> x.stream().mapToInt(Integer::intValue).min().orElseThrow()));
            assertEquals(expected.size(), search.length, "trial " + trial);
            for (int c = 0; c < search.length; c++) {
                assertEquals(expected.get(c), Set.copyOf(java.util.Arrays.stream(search[c]).boxed().toList()), "trial " + trial);
            }
        }
    }

    @Test
    void twinQuotientHashingMatchesExactGrouping() {
        SplittableRandom rnd = new SplittableRandom(11);
        for (int trial = 0; trial < 300; trial++) {
            SupportPair p = random(rnd, 1 + rnd.nextInt(12), 1 + rnd.nextInt(12), 1 + rnd.nextInt(6), 0.4);
            RankOneSupports s = RankOneSupports.of(p);
            int[][] rows = s.classes().stream().map(SupportClass::rows).toArray(int[][]::new);
            TwinQuotient.Side fast = TwinQuotient.Side.of(p.rows(), rows);
            TwinQuotient.Side exact = TwinQuotient.Side.exact(p.rows(), rows);
            assertEquals(exact.types(), fast.types(), "trial " + trial);
            for (int i = 0; i < p.rows(); i++) {
                for (int j = 0; j < p.rows(); j++) {
                    assertEquals(exact.typeOf[i] == exact.typeOf[j], fast.typeOf[i] == fast.typeOf[j]);
                }
            }
        }
    }

    @Test
    void nestedSupportsFormOneComponent() {
        // LU 6: R_k = C_k = {k..5}, every class meets every other
        Mask.Builder l = new Mask.Builder(6, 6);
        Mask.Builder u = new Mask.Builder(6, 6);
        for (int i = 0; i < 6; i++) for (int j = 0; j <= i; j++) { l.set(i, j); u.set(j, i); }
        Decomposition d = Decomposition.of(new SupportPair("lu6", l.build(), u.build()));
        assertEquals(1, d.components().size());
        assertEquals(6, d.components().get(0).classCount());
        CellTable t = d.components().get(0).cells();
        // cov(i, j) = min(i, j) + 1 on LU; the twin quotient is the identity here
        for (int i = 0; i < 6; i++) for (int j = 0; j < 6; j++) assertEquals(Math.min(i, j) + 1, t.coverage(i, j));
        assertTrue(t.inT(5, 5), "class 5 is 1x1, complete");
    }
}
