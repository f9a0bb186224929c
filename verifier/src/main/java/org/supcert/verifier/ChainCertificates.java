package org.supcert.verifier;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.numbers.fraction.BigFraction;
import org.supcert.certificate.LaurentCurve;
import org.supcert.certificate.LaurentWitness;
import org.supcert.certificate.NotClosedCertificate;
import org.supcert.certificate.Restriction;
import org.supcert.exact.RationalMatrix;
import org.supcert.support.Mask;

/**
 * Lifts a certificate of the folded chain back to the original chain: every folded permutation
 * layer gets the constant curve Pi and its absorbing neighbour Pi^T times the folded curve (or the
 * folded curve times Pi^T), so the product, and with it B + O(t), is unchanged. The result is
 * restricted to the inner indices on a path from R' to C' (the chain form of the restriction
 * lemma: other entries cannot reach the block) and carries one coefficient family per layer.
 */
final class ChainCertificates {
    private ChainCertificates() {}

    /** Sparse coefficients of one layer: power -> (row, col) -> value, in full coordinates. */
    private static final class Layer {
        final Map<Integer, Map<Long, BigFraction>> byPower = new TreeMap<>();

        void put(int power, long row, long col, BigFraction v) {
            if (v.signum() != 0) byPower.computeIfAbsent(power, p -> new HashMap<>()).put(key(row, col), v);
        }
    }

    private static long key(long row, long col) { return (row << 32) | col; }

    static NotClosedCertificate lift(String name, List<Mask> chain, ChainFolding folding, NotClosedCertificate pair) {
        Map<Integer, Layer> layers = new TreeMap<>();
        int[] inner = pair.inner().get(0);
        int d = pair.curve().degree();
        Layer first = new Layer();
        Layer second = new Layer();
        for (int p = -d; p <= d; p++) {
            RationalMatrix x = pair.curve().coefficient(0, p);
            for (int i = 0; i < x.rows(); i++) for (int k = 0; k < x.cols(); k++) first.put(p, pair.rows()[i], inner[k], x.get(i, k));
            RationalMatrix y = pair.curve().coefficient(1, p);
            for (int k = 0; k < y.rows(); k++) for (int j = 0; j < y.cols(); j++) second.put(p, inner[k], pair.cols()[j], y.get(k, j));
        }
        layers.put(folding.origin.get(0), first);
        layers.put(folding.origin.get(1), second);
        for (int f = folding.folds.size() - 1; f >= 0; f--) {
            ChainFolding.Fold fold = folding.folds.get(f);
            Layer absorbed = layers.get(fold.into());
            Layer restored = new Layer();
            Layer permutation = new Layer();
            int[] pi = fold.pi();
            for (int i = 0; i < pi.length; i++) permutation.put(0, i, pi[i], BigFraction.ONE);
            int[] inverse = new int[pi.length];
            for (int i = 0; i < pi.length; i++) inverse[pi[i]] = i;
            for (var e : absorbed.byPower.entrySet()) {
                for (var c : e.getValue().entrySet()) {
                    long row = c.getKey() >>> 32;
                    long col = c.getKey() & 0xFFFFFFFFL;
                    // into next: W_q[pi(i), j] = next'[i, j]; into previous: W_q[r, i] = prev'[r, pi(i)]
                    if (fold.intoNext()) restored.put(e.getKey(), pi[(int) row], col, c.getValue());
                    else restored.put(e.getKey(), row, inverse[(int) col], c.getValue());
                }
            }
            layers.put(fold.into(), restored);
            layers.put(fold.layer(), permutation);
        }
        List<int[]> kept = Restriction.keptIndices(chain, pair.rows(), pair.cols());
        List<Mask> pattern = Restriction.pattern(chain, kept);
        List<List<RationalMatrix>> coefficients = new ArrayList<>();
        for (int l = 0; l < chain.size(); l++) {
            int[] in = kept.get(l);
            int[] out = kept.get(l + 1);
            List<RationalMatrix> perPower = new ArrayList<>();
            Layer layer = layers.get(l);
            for (int p = -d; p <= d; p++) {
                Map<Long, BigFraction> entries = layer.byPower.getOrDefault(p, Map.of());
                BigFraction[][] m = new BigFraction[in.length][out.length];
                for (int a = 0; a < in.length; a++) {
                    for (int b = 0; b < out.length; b++) m[a][b] = entries.getOrDefault(key(in[a], out[b]), BigFraction.ZERO);
                }
                perPower.add(in.length == 0 || out.length == 0 ? RationalMatrix.zeros(in.length, out.length) : RationalMatrix.of(m));
            }
            coefficients.add(perPower);
        }
        LaurentWitness w = new LaurentWitness(pair.rows(), pair.cols(), kept.subList(1, chain.size()), pattern, pair.target(),
                new LaurentCurve(d, coefficients));
        return pair.withWitness(name, w);
    }

}
