package org.supcert.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.jgrapht.alg.matching.HopcroftKarpMaximumCardinalityBipartiteMatching;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;
import org.supcert.support.Mask;
import org.supcert.support.SupportPair;

/**
 * Theorem S's matchings (docs/theory.md#theorem-s) against JGraphT's Hopcroft-Karp on the
 * product-level graphs G_i, read from the statement: the quotient b-matching must span exactly
 * when every row's maximum matching covers V_i, and every line it returns must be a matching.
 */
class SpanningRowsTest {
    @Test
    void agreesWithHopcroftKarpOnRandomPairs() {
        SplittableRandom rnd = new SplittableRandom(2026_12_04L);
        int spans = 0;
        int fails = 0;
        for (int trial = 0; trial < 440; trial++) {
            // the last 40 are wide (65-150 inner columns, more than one 64-bit word of classes and
            // columns): the matcher's skipping of emptied words and the early stop once V_i is full
            boolean wide = trial >= 400;
            int m = wide ? 2 + rnd.nextInt(8) : 1 + rnd.nextInt(6);
            int n = wide ? 65 + rnd.nextInt(86) : 1 + rnd.nextInt(6);
            int r = wide ? 65 + rnd.nextInt(86) : 1 + rnd.nextInt(10);
            double d = wide ? 0.05 + 0.6 * rnd.nextDouble() : 0.2 + 0.7 * rnd.nextDouble();
            SupportPair p = new SupportPair("t" + trial, random(m, r, d, rnd), random(r, n, d, rnd));
            for (Component k : Decomposition.of(p).components()) {
                for (SpanningRows.Orientation o : SpanningRows.Orientation.values()) {
                    SupportPair q = o == SpanningRows.Orientation.ROWS ? p
                            : new SupportPair(p.name(), p.right().transpose(), p.left().transpose());
                    boolean expected = everyLineCovered(q, inner(k));
                    SpanningRows.Result res = SpanningRows.analyze(k, o, Long.MAX_VALUE);
                    String where = "trial " + trial + " " + o + " " + p.left().toRowStrings() + " * " + p.right().toRowStrings();
                    assertEquals(expected, res.spans(), where);
                    if (res.spans()) {
                        spans++;
                        for (SpanningRows.Line line : res.lines()) assertMatching(q, line, where);
                    } else {
                        fails++;
                        assertTrue(res.failingLine() >= 0, where);
                    }
                }
            }
        }
        assertTrue(spans > 50 && fails > 50, "both outcomes exercised: " + spans + " spanning, " + fails + " not");
    }

    @Test
    void aGreedyDeadEndIsRepairedByAnAugmentingPath() {
        // C_k0 = {0,1}, C_k1 = {0,2}, C_k2 = {2,3}, C_k3 = {3,0}, all on rows {0,1}: greedy gives column 0
        // to k0, then column 1 (only k0) is stuck until column 0 moves on to k3
        SupportPair p = new SupportPair("augment", Mask.fromRowStrings(List.of("1111", "1111")),
                Mask.fromRowStrings(List.of("1100", "1010", "0011", "1001")));
        Component k = Decomposition.of(p).components().get(0);
        SpanningRows.Result r = SpanningRows.analyze(k, SpanningRows.Orientation.ROWS, Long.MAX_VALUE);
        assertTrue(r.spans());
        assertEquals(1, r.lines().size(), "twin rows share one matching");
        SpanningRows.Line line = r.lines().get(0);
        assertEquals(List.of(0, 1), java.util.Arrays.stream(line.at()).boxed().toList());
        assertEquals(List.of(0, 1, 2, 3), java.util.Arrays.stream(line.matched()).boxed().toList());
        assertEquals(List.of(3, 0, 1, 2), java.util.Arrays.stream(line.inner()).boxed().toList());
    }

    @Test
    void aWorkLimitIsReportedAsCutNotAsAFailingRow() {
        SupportPair p = new SupportPair("cut", Mask.fromRowStrings(List.of("11", "11")), Mask.fromRowStrings(List.of("11", "10")));
        SpanningRows.Result r = SpanningRows.analyze(Decomposition.of(p).components().get(0), SpanningRows.Orientation.ROWS, 1);
        assertFalse(r.spans());
        assertEquals(-1, r.failingLine());
    }

    private static int[] inner(Component k) {
        return k.classes().stream().flatMapToInt(c -> java.util.Arrays.stream(c.columns())).sorted().toArray();
    }

    /** Lemma B's T and the graphs G_i at product level, each matched by Hopcroft-Karp. */
    private static boolean everyLineCovered(SupportPair p, int[] inner) {
        Set<Integer> complete = new HashSet<>();
        for (int a : inner) {
            int same = 0;
            for (int b : inner) if (p.rowSet(a).length > 0 && java.util.Arrays.equals(p.rowSet(a), p.rowSet(b))
                    && java.util.Arrays.equals(p.colSet(a), p.colSet(b))) same++;
            if (same >= Math.min(p.rowSet(a).length, p.colSet(a).length)) complete.add(a);
        }
        for (int i = 0; i < p.rows(); i++) {
            Set<Integer> t = new HashSet<>();
            for (int c : complete) if (p.left().get(i, c)) for (int j : p.colSet(c)) t.add(j);
            SimpleGraph<String, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
            Set<String> ks = new HashSet<>();
            Set<String> vs = new HashSet<>();
            for (int k : inner) {
                if (complete.contains(k) || !p.left().get(i, k)) continue;
                for (int j : p.colSet(k)) {
                    if (t.contains(j)) continue;
                    String a = "k" + k;
                    String b = "j" + j;
                    g.addVertex(a);
                    g.addVertex(b);
                    g.addEdge(a, b);
                    ks.add(a);
                    vs.add(b);
                }
            }
            if (vs.isEmpty()) continue;
            int size = new HopcroftKarpMaximumCardinalityBipartiteMatching<>(g, ks, vs).getMatching().getEdges().size();
            if (size < vs.size()) return false;
        }
        return true;
    }

    private static void assertMatching(SupportPair p, SpanningRows.Line line, String where) {
        for (int i : line.at()) {
            Set<Integer> used = new HashSet<>();
            for (int s = 0; s < line.matched().length; s++) {
                int k = line.inner()[s];
                assertTrue(p.left().get(i, k) && p.right().get(k, line.matched()[s]), where + ": not an edge");
                assertTrue(used.add(k), where + ": inner column used twice");
            }
        }
    }

    private static Mask random(int rows, int cols, double d, SplittableRandom rnd) {
        Mask.Builder b = new Mask.Builder(rows, cols);
        for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) if (rnd.nextDouble() < d) b.set(i, j);
        return b.build();
    }
}
