package org.supcert.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.supcert.support.families.Families;
import org.supcert.cases.GoldenCases;
import org.supcert.certificate.SpecializationCertificate;
import org.supcert.certificate.SpecializationCertificateJson;
import org.supcert.certificate.SpecializationRank;
import org.supcert.exact.ModPrime;
import org.supcert.exact.RankModPrime;
import org.supcert.exact.SplitMix64;
import org.supcert.io.StrictJson;
import org.supcert.support.Mask;
import org.supcert.support.SupportChain;

class ChainSpecializationTest {
    static final long WORK = 2_000_000_000L;

    /** The chain: 64x256, 256x256, 256x64, seeded random masks at density 0.6. */
    static List<Mask> mlpChain() {
        SplittableRandom rnd = new SplittableRandom(12);
        return List.of(Families.random(64, 256, 0.6, rnd), Families.random(256, 256, 0.6, rnd),
                Families.random(256, 64, 0.6, rnd));
    }

    @Test
    void theRandomMlpChainIsClosedBySpecializationAndItsCertificateRechecks() {
        List<Mask> chain = mlpChain();
        var o = ChainSpecialization.tryClose("mlp", chain, WORK);
        SpecializationCertificate c = o.certificate().orElseThrow(() -> new AssertionError(o.tried()));
        assertEquals(0, c.layer(), o.tried());
        assertEquals(64L * 64, c.cells(), "the product support of a dense-enough chain is full");
        assertEquals(Optional.empty(), SpecializationCertificate.check(c, chain));
        assertEquals(o, ChainSpecialization.tryClose("mlp", chain, WORK), "same input, same outcome");
        assertTrue(o.work() > 0 && o.work() < WORK, "work " + o.work());

        assertTrue(SpecializationCertificate.check(with(c, c.layer(), c.seed() + 1, c.cells()), chain).orElseThrow()
                .contains("digest"));
        assertTrue(SpecializationCertificate.check(with(c, 2, c.seed(), c.cells()), chain).orElseThrow().contains("digest"));
        assertTrue(SpecializationCertificate.check(with(c, c.layer(), c.seed(), c.cells() - 1), chain).orElseThrow()
                .contains("|U|"));
        assertTrue(SpecializationCertificate.check(with(c, 3, c.seed(), c.cells()), chain).isPresent());
        var flipped = new SpecializationCertificate(c.support(), 3, c.layer(), true, c.generator(), c.seed(), c.prime(),
                c.cells(), c.digest());
        assertTrue(SpecializationCertificate.check(flipped, chain).isPresent(), "orientation is part of the proof");
        var otherPrime = new SpecializationCertificate(c.support(), 3, c.layer(), false, c.generator(), c.seed(), 65_521,
                c.cells(), c.digest());
        assertTrue(SpecializationCertificate.check(otherPrime, chain).isPresent());
        // the same certificate against another chain of the same shapes
        SplittableRandom rnd = new SplittableRandom(13);
        List<Mask> sparse = List.of(Families.random(64, 256, 0.02, rnd), chain.get(1), chain.get(2));
        assertTrue(SpecializationCertificate.check(c, sparse).isPresent());
    }

    @Test
    void aWorkLimitStopsTheSearchWithANoteAndNoCertificate() {
        List<Mask> chain = mlpChain();
        var o = ChainSpecialization.tryClose("mlp", chain, 1_000_000);
        assertTrue(o.certificate().isEmpty());
        assertTrue(o.tried().contains("work limit of 1000000"), o::toString);
        assertTrue(o.work() <= 1_000_000, "work " + o.work());
        assertEquals(o, ChainSpecialization.tryClose("mlp", chain, 1_000_000));
        SpecializationCertificate c = ChainSpecialization.tryClose("mlp", chain, WORK).certificate().orElseThrow();
        assertTrue(SpecializationCertificate.check(c, chain, 1_000_000).orElseThrow().contains("work limit"));
    }

    @Test
    void aSpanningTestOverTheEntryLimitIsNotAttemptedAndTheNextLayerIsTried() {
        // free first layer: one row spanning 2,100 cells (2,100 x 2,100 entries, over 2^22);
        // free last layer: every column is a single cell reached by its single entry
        List<Mask> chain = List.of(Families.dense(1, 2100), Families.identity(2100));
        var o = ChainSpecialization.tryClose("wide-row", chain, WORK);
        SpecializationCertificate c = o.certificate().orElseThrow(() -> new AssertionError(o.tried()));
        assertEquals(1, c.layer());
        assertTrue(o.tried().contains("free layer 0 (row by row): row 0: a spanning test of dimension 2100 is over"), o.tried());
        assertEquals(Optional.empty(), SpecializationCertificate.check(c, chain));
    }

    /**
     * Dense 4x8, dense 8x8, then two entries per column of the last layer: free first or middle
     * layer reach every cell, a free last layer cannot (2 free entries per column for 4 cells).
     */
    static List<Mask> firstLayerOnly() {
        Mask last = Mask.fromRowStrings(List.of("1000", "0100", "0010", "0001", "1000", "0100", "0010", "0001"));
        return List.of(Families.dense(4, 8), Families.dense(8, 8), last);
    }

    @Test
    void aRankDeficientLayerFailsTheCheckEvenWithAConsistentRecord() {
        List<Mask> chain = firstLayerOnly();
        var o = ChainSpecialization.tryClose("first", chain, WORK);
        SpecializationCertificate c = o.certificate().orElseThrow(() -> new AssertionError(o.tried()));
        assertEquals(0, c.layer());
        assertEquals(Optional.empty(), SpecializationCertificate.check(c, chain));
        // another free layer that also has rank |U| is another valid proof, and is accepted as one
        assertEquals(Optional.empty(), SpecializationCertificate.check(consistent("first", chain, 1, 99), chain));
        String why = SpecializationCertificate.check(consistent("first", chain, 2, 99), chain).orElseThrow();
        assertTrue(why.contains("rank is not |U|"), why);
    }

    @Test
    void provablyNotClosedChainsNeverGetASpecializationCertificate() {
        List<SupportChain> notClosed = new ArrayList<>();
        for (int n = 2; n <= 8; n++) {
            notClosed.add(Families.ldu(n));
            notClosed.add(Families.lu(n));
        }
        notClosed.add(new SupportChain("across-classes", List.of(
                Mask.fromRowStrings(List.of("111", "110", "111", "110")),
                Mask.fromRowStrings(List.of("1111", "0111", "1010")))));
        for (GoldenCases.Case g : GoldenCases.all()) {
            var e = g.document().expect();
            if (e != null && "NOT_CLOSED".equals(e.verdict())) notClosed.add(g.document().support());
        }
        assertTrue(notClosed.size() > 16);
        for (SupportChain s : notClosed) {
            if (s.length() < 2) continue;
            var o = ChainSpecialization.tryClose(s.name(), s.factors(), WORK);
            assertTrue(o.certificate().isEmpty(), s.name() + ": " + o);
            assertFalse(o.tried().isEmpty());
            for (int l = 0; l < s.length(); l++) {
                if (s.rows() * s.cols() > 4096) break;
                var forged = consistent(s.name(), s.factors(), l, 5);
                assertTrue(SpecializationCertificate.check(forged, s.factors()).isPresent(), s.name() + " layer " + l);
            }
        }
    }

    @Test
    void everyFreeLayerAgreesWithABruteForceRankOfTheWholeMap() {
        SplittableRandom rnd = new SplittableRandom(77);
        int full = 0;
        int deficient = 0;
        for (int trial = 0; trial < 300; trial++) {
            int layers = 2 + rnd.nextInt(3);
            int[] dims = new int[layers + 1];
            for (int d = 0; d <= layers; d++) dims[d] = 1 + rnd.nextInt(4);
            List<Mask> chain = new ArrayList<>();
            for (int l = 0; l < layers; l++) chain.add(Families.random(dims[l], dims[l + 1], 0.3 + 0.6 * rnd.nextDouble(), rnd));
            for (int l = 0; l < layers; l++) {
                long seed = rnd.nextLong();
                SpecializationRank s = new SpecializationRank(chain, l, seed);
                Oracle o = oracle(chain, l, seed);
                assertEquals(o.cells, s.cells(), "|U|");
                assertEquals(o.digest, s.digest(), "digest");
                boolean fast = s.run(WORK).status() == SpecializationRank.Status.FULL;
                assertEquals(o.rank == o.cells, fast, "trial " + trial + " layer " + l + " " + masks(chain) + ": oracle rank "
                        + o.rank + " of " + o.cells);
                if (fast) full++;
                else deficient++;
            }
        }
        assertTrue(full > 50 && deficient > 50, full + " full, " + deficient + " deficient");
    }

    @Test
    void jsonRoundTripsInAStableOrderAndRejectsMalformedFields() throws Exception {
        var c = new SpecializationCertificate("mlp", 3, 2, true, SplitMix64.NAME, -5L, ModPrime.P, 4096, 123);
        ObjectNode json = SpecializationCertificateJson.write(c);
        assertEquals("{\"supcertCertificate\":1,\"result\":\"specialization\",\"support\":\"mlp\",\"factors\":3,\"layer\":2,"
                + "\"orientation\":\"transposed\",\"generator\":\"splitmix64\",\"seed\":-5,\"prime\":2147483647,"
                + "\"cells\":4096,\"digest\":123}", json.toString());
        assertEquals(c, SpecializationCertificateJson.read(StrictJson.parse(json.toString())));
        assertTrue(SpecializationCertificateJson.isSpecialization(json));
        for (String[] bad : new String[][] {{"layer", "-1"}, {"layer", "\"2\""}, {"seed", "1.5"}, {"orientation", "\"up\""},
                {"cells", "null"}, {"result", "\"corner-certificate\""}, {"supcertCertificate", "2"}}) {
            ObjectNode b = json.deepCopy();
            b.set(bad[0], StrictJson.parse(bad[1]));
            var e = assertThrows(org.supcert.io.InputException.class, () -> SpecializationCertificateJson.read(b));
            assertTrue(e.getMessage().contains(bad[0].equals("supcertCertificate") ? "version" : bad[0]), e.getMessage());
        }
    }

    static SpecializationCertificate with(SpecializationCertificate c, int layer, long seed, long cells) {
        return new SpecializationCertificate(c.support(), c.factors(), layer, c.transposed(), c.generator(), seed, c.prime(),
                cells, c.digest());
    }

    /** A record whose |U| and digest are right for (layer, seed): only the rank can make it fail. */
    static SpecializationCertificate consistent(String name, List<Mask> chain, int layer, long seed) {
        SpecializationRank s = new SpecializationRank(chain, layer, seed);
        return new SpecializationCertificate(name, chain.size(), layer, false, SplitMix64.NAME, seed, ModPrime.P, s.cells(),
                s.digest());
    }

    record Oracle(long cells, long rank, long digest) {}

    /**
     * Written from docs/theory.md's statement, independently of SpecializationRank: regenerate the layers,
     * form A E_ab C densely for every allowed (a, b) of the free layer, and take the rank of all of
     * them over every cell of the product (cells outside U stay zero).
     */
    static Oracle oracle(List<Mask> chain, int free, long seed) {
        SplitMix64 g = new SplitMix64(seed);
        long digest = 0;
        long[][][] w = new long[chain.size()][][];
        for (int l = 0; l < chain.size(); l++) {
            Mask m = chain.get(l);
            w[l] = new long[m.rows()][m.cols()];
            if (l == free) continue;
            digest = (digest * SpecializationRank.DIGEST_BASE + l + 1) % ModPrime.P;
            for (int i = 0; i < m.rows(); i++) {
                for (int j = 0; j < m.cols(); j++) {
                    if (m.get(i, j)) {
                        w[l][i][j] = g.nextValue();
                        digest = (digest * SpecializationRank.DIGEST_BASE + w[l][i][j]) % ModPrime.P;
                    }
                }
            }
        }
        Mask m = chain.get(free);
        int rows = chain.get(0).rows();
        int cols = chain.get(chain.size() - 1).cols();
        List<long[]> vectors = new ArrayList<>();
        for (int a = 0; a < m.rows(); a++) {
            for (int b = 0; b < m.cols(); b++) {
                if (!m.get(a, b)) continue;
                long[][] e = new long[m.rows()][m.cols()];
                e[a][b] = 1;
                long[][] p = null;
                for (int l = 0; l < chain.size(); l++) {
                    long[][] f = l == free ? e : w[l];
                    p = p == null ? f : times(p, f);
                }
                long[] v = new long[rows * cols];
                for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) v[i * cols + j] = p[i][j];
                vectors.add(v);
            }
        }
        long cells = 0;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) if (pathExists(chain, i, j)) cells++;
        }
        int rank = vectors.isEmpty() ? 0 : new RankModPrime().rank(vectors.toArray(long[][]::new), Long.MAX_VALUE);
        return new Oracle(cells, rank, digest);
    }

    static long[][] times(long[][] x, long[][] y) {
        long[][] z = new long[x.length][y[0].length];
        for (int i = 0; i < x.length; i++) {
            for (int k = 0; k < y.length; k++) {
                for (int j = 0; j < y[0].length; j++) z[i][j] = (z[i][j] + x[i][k] * y[k][j]) % ModPrime.P;
            }
        }
        return z;
    }

    /** Is (i, j) reached by a path of allowed entries (a cell of U)? */
    static boolean pathExists(List<Mask> chain, int i, int j) {
        boolean[] reach = new boolean[chain.get(0).rows()];
        reach[i] = true;
        for (Mask m : chain) {
            boolean[] next = new boolean[m.cols()];
            for (int a = 0; a < m.rows(); a++) {
                if (!reach[a]) continue;
                for (int b = 0; b < m.cols(); b++) if (m.get(a, b)) next[b] = true;
            }
            reach = next;
        }
        return reach[j];
    }

    static String masks(List<Mask> chain) {
        StringBuilder s = new StringBuilder();
        for (Mask m : chain) s.append(m.toRowStrings());
        return s.toString();
    }
}
