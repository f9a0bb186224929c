package org.supcert.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.supcert.support.families.Families;
import org.supcert.certificate.LinearizationCertificate;
import org.supcert.certificate.NamedResult;
import org.supcert.certificate.SpanningCertificate;
import org.supcert.graph.Component;
import org.supcert.graph.Decomposition;
import org.supcert.support.SupportChain;
import org.supcert.support.SupportPair;

/**
 * The CLOSED certificates of docs/theory.md#theorem-s and #linearization: they re-check from the
 * support alone, tampered ones fail, and (property test on random tiny pairs) wherever one holds
 * for a component, no corner certificate of docs/theory.md#corner-certificate exists there,
 * searched by brute force straight from the statement for mu = 1..3.
 */
class ClosednessCertificatesTest {
    private static final VerifierOptions NO_PROBES = VerifierOptions.DEFAULTS.withProbeWork(0);

    @Test
    void aTheoremSCertificateRechecksAndTamperedOnesFail() {
        SplittableRandom rnd = new SplittableRandom(5);
        SupportPair p = new SupportPair("wide", Families.random(12, 48, 0.6, rnd), Families.random(48, 12, 0.6, rnd));
        Verdict v = new Verifier(NO_PROBES).verify(new SupportChain(p.name(), List.of(p.left(), p.right())));
        assertEquals(Status.CLOSED, v.status(), v.reason());
        assertEquals(NamedResult.THEOREM_S, v.result());
        SpanningCertificate c = (SpanningCertificate) v.components().get(0).proof();
        assertEquals(Optional.empty(), SpanningCertificate.check(c, p));

        SpanningCertificate.Line first = c.lines().get(0);
        SupportPair oriented = "cols".equals(c.orientation())
                ? new SupportPair(p.name(), p.right().transpose(), p.left().transpose()) : p;
        // an inner column given to two matched columns, each pair an edge of G_i
        int[] twice = first.inner().clone();
        int s = 0;
        while (!oriented.right().get(twice[s + 1], first.matched()[s])) s++;
        twice[s] = twice[s + 1];
        assertRejected(c, p, new SpanningCertificate.Line(first.at(), first.matched(), twice), "is matched twice");
        int[] dropped = Arrays.copyOf(first.matched(), first.matched().length - 1);
        assertRejected(c, p, new SpanningCertificate.Line(first.at(), dropped, Arrays.copyOf(first.inner(), dropped.length)),
                "column(s) matched, V_i has");
        // a rest column of K that is not an edge of G_i, once for each factor that lacks the entry
        int i = first.at()[0];
        int j = first.matched()[0];
        for (boolean leftLacks : new boolean[] {true, false}) {
            int[] foreign = first.inner().clone();
            foreign[0] = notAnEdge(oriented, c.inner(), i, j, leftLacks);
            assertRejected(c, p, new SpanningCertificate.Line(first.at(), first.matched(), foreign), "is not an edge of G_i");
        }
        List<SpanningCertificate.Line> missing = new ArrayList<>(c.lines().subList(1, c.lines().size()));
        assertFalse(SpanningCertificate.check(new SpanningCertificate(c.support(), c.orientation(), c.inner(), missing), p).isEmpty(),
                "a row without a matching");
        String other = "rows".equals(c.orientation()) ? "cols" : "rows";
        assertFalse(SpanningCertificate.check(new SpanningCertificate(c.support(), other, c.inner(), c.lines()), p).isEmpty(),
                "the other orientation");
    }

    @Test
    void aLinearizationCertificateRechecksAndTamperedOnesFail() {
        LinearizationCertificate found = null;
        SupportPair pair = null;
        SplittableRandom rnd = new SplittableRandom(17);
        for (int t = 0; t < 3000 && found == null; t++) {
            SupportPair p = RandomPairsPropertyTest.pair(rnd, 2 + rnd.nextInt(3), 2 + rnd.nextInt(3), 2 + rnd.nextInt(3),
                    0.5 + 0.3 * rnd.nextDouble());
            Verdict v = new Verifier(NO_PROBES).verify(new SupportChain(p.name(), List.of(p.left(), p.right())));
            for (ComponentVerdict k : v.components()) {
                if (k.proof() instanceof LinearizationCertificate l) {
                    found = l;
                    pair = p;
                }
            }
        }
        assertTrue(found != null, "no random pair was decided by linearization");
        assertEquals(Optional.empty(), LinearizationCertificate.check(found, pair));
        LinearizationCertificate c = found;
        assertFalse(LinearizationCertificate.check(new LinearizationCertificate(c.support(), c.inner(), c.fixedY(), c.fixedX(),
                c.prime() - 2), pair).isEmpty(), "another prime");
        List<LinearizationCertificate.Fixed> all = new ArrayList<>(c.fixedY());
        all.addAll(c.fixedX());
        assertFalse(LinearizationCertificate.check(new LinearizationCertificate(c.support(), c.inner(), all.subList(1, all.size()),
                List.of(), c.prime()), pair).isEmpty(), "a rest column left out of the split");
        // zero integers: the fixed factors vanish and the linear space collapses
        List<LinearizationCertificate.Fixed> zeroY = c.fixedY().stream()
                .map(f -> new LinearizationCertificate.Fixed(f.column(), new long[f.values().length])).toList();
        List<LinearizationCertificate.Fixed> zeroX = c.fixedX().stream()
                .map(f -> new LinearizationCertificate.Fixed(f.column(), new long[f.values().length])).toList();
        assertFalse(LinearizationCertificate.check(new LinearizationCertificate(c.support(), c.inner(), zeroY, zeroX, c.prime()), pair)
                .isEmpty(), "zero integers");
    }

    @Test
    void whereAClosednessCertificateHoldsNoCornerExists() {
        SplittableRandom rnd = new SplittableRandom(20261204L);
        int certified = 0;
        int corners = 0;
        for (int trial = 0; trial < 1500; trial++) {
            SupportPair p = RandomPairsPropertyTest.pair(rnd, 1 + rnd.nextInt(4), 1 + rnd.nextInt(4), 1 + rnd.nextInt(4),
                    0.3 + 0.6 * rnd.nextDouble());
            VerifySession session = new VerifySession(new SupportChain(p.name(), List.of(p.left(), p.right())), NO_PROBES);
            for (Component k : Decomposition.of(p).components()) {
                boolean corner = bruteForceCorner(p, k);
                if (corner) corners++;
                for (ComponentRule rule : List.of(new TheoremSRule(), new LinearizationRule())) {
                    var d = rule.decide(new ComponentContext(p, k, session));
                    if (d.isEmpty()) continue;
                    certified++;
                    String where = "trial " + trial + " " + p.left().toRowStrings() + " * " + p.right().toRowStrings() + ": "
                            + d.get().reason();
                    assertFalse(corner, "a corner where a closedness certificate holds: " + where);
                }
            }
        }
        assertTrue(certified > 500 && corners > 50, "both sides exercised: " + certified + " certified, " + corners + " corners");
    }

    /**
     * The corner certificate read literally: rows R', columns C' (|R'| = |C'| = mu + 1) of the
     * component, a cell (i*, j*) of R' x C', exactly mu inner columns with R' x C' inside S_k, every
     * other column meeting R' x C' at most in (i*, j*), and at least one other containing it.
     */
    static boolean bruteForceCorner(SupportPair p, Component k) {
        int[] rows = k.rows();
        int[] cols = k.cols();
        int[] inner = k.classes().stream().flatMapToInt(c -> Arrays.stream(c.columns())).toArray();
        for (int mu = 1; mu <= 3; mu++) {
            for (int[] rs : subsets(rows, mu + 1)) {
                for (int[] cs : subsets(cols, mu + 1)) {
                    if (cornerAt(p, inner, rs, cs, mu)) return true;
                }
            }
        }
        return false;
    }

    private static boolean cornerAt(SupportPair p, int[] inner, int[] rs, int[] cs, int mu) {
        int full = 0;
        List<Integer> partial = new ArrayList<>();
        for (int c : inner) {
            int meet = 0;
            for (int i : rs) for (int j : cs) if (p.left().get(i, c) && p.right().get(c, j)) meet++;
            if (meet == rs.length * cs.length) full++;
            else if (meet > 0) partial.add(c);
        }
        if (full != mu) return false;
        for (int si : rs) {
            for (int sj : cs) {
                boolean ok = true;
                boolean through = false;
                for (int c : partial) {
                    for (int i : rs) for (int j : cs) {
                        if (p.left().get(i, c) && p.right().get(c, j) && (i != si || j != sj)) ok = false;
                    }
                    if (p.left().get(si, c) && p.right().get(c, sj)) through = true;
                }
                if (ok && through) return true;
            }
        }
        return false;
    }

    private static List<int[]> subsets(int[] from, int k) {
        List<int[]> out = new ArrayList<>();
        if (k > from.length) return out;
        int[] s = new int[k];
        for (int i = 0; i < k; i++) s[i] = i;
        while (true) {
            int[] pick = new int[k];
            for (int i = 0; i < k; i++) pick[i] = from[s[i]];
            out.add(pick);
            int i = k - 1;
            while (i >= 0 && s[i] == from.length - k + i) i--;
            if (i < 0) return out;
            s[i]++;
            for (int j = i + 1; j < k; j++) s[j] = s[j - 1] + 1;
        }
    }

    private static SpanningCertificate with(SpanningCertificate c, int index, SpanningCertificate.Line line) {
        List<SpanningCertificate.Line> lines = new ArrayList<>(c.lines());
        lines.set(index, line);
        return new SpanningCertificate(c.support(), c.orientation(), c.inner(), lines);
    }

    /** An inner column that does not contain row i and column j (there is one in a random 0.6 mask of 48 columns). */
    /** An inner column of K (none complete here) with exactly the one entry of (i, k), (k, j) missing that is named. */
    private static int notAnEdge(SupportPair p, int[] inner, int i, int j, boolean leftLacks) {
        for (int k : inner) {
            if (p.left().get(i, k) != leftLacks && p.right().get(k, j) == leftLacks) return k;
        }
        throw new AssertionError("no inner column lacks only the " + (leftLacks ? "left" : "right") + " entry of (" + i + ", " + j + ")");
    }

    private static void assertRejected(SpanningCertificate c, SupportPair p, SpanningCertificate.Line tampered, String why) {
        Optional<String> failure = SpanningCertificate.check(with(c, 0, tampered), p);
        assertTrue(failure.isPresent() && failure.get().contains(why), () -> "expected '" + why + "', got " + failure);
    }
}
