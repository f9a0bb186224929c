package org.supcert.certificate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.supcert.support.Mask;
import org.supcert.support.SupportChain;

/**
 * The restriction lemma in chain form (docs/theory.md#section-5): restrict the rows of W_1 to R' and the
 * columns of W_L to C', and keep, per inner dimension, the indices on a path from R' to C' (no
 * other entry can reach the block, so the restricted set of products is unchanged). For a pair
 * these are the inner columns whose rank-one support meets R' x C'.
 */
public final class Restriction {
    private Restriction() {}

    /** Per dimension of the chain (rows of W_1, inner dimensions, columns of W_L), the kept indices. */
    public static List<int[]> keptIndices(List<Mask> chain, int[] rows, int[] cols) {
        int layers = chain.size();
        BitSet[] forward = new BitSet[layers + 1];
        forward[0] = bits(rows);
        for (int l = 0; l < layers; l++) {
            forward[l + 1] = new BitSet();
            for (int u = forward[l].nextSetBit(0); u >= 0; u = forward[l].nextSetBit(u + 1)) {
                for (int v : chain.get(l).row(u)) forward[l + 1].set(v);
            }
        }
        BitSet[] backward = new BitSet[layers + 1];
        backward[layers] = bits(cols);
        for (int l = layers - 1; l >= 0; l--) {
            backward[l] = new BitSet();
            for (int v = backward[l + 1].nextSetBit(0); v >= 0; v = backward[l + 1].nextSetBit(v + 1)) {
                for (int u : chain.get(l).column(v)) backward[l].set(u);
            }
        }
        List<int[]> kept = new ArrayList<>();
        kept.add(rows.clone());
        for (int l = 1; l < layers; l++) {
            BitSet k = (BitSet) forward[l].clone();
            k.and(backward[l]);
            kept.add(k.stream().toArray());
        }
        kept.add(cols.clone());
        return kept;
    }

    /** The masks of the chain restricted to the kept indices. */
    public static List<Mask> pattern(List<Mask> chain, List<int[]> kept) {
        List<Mask> out = new ArrayList<>();
        for (int l = 0; l < chain.size(); l++) out.add(chain.get(l).restrict(kept.get(l), kept.get(l + 1)));
        return out;
    }

    /**
     * Why the certificate's pattern is not the restriction of the support to its block (empty when it
     * is): a pattern that dropped an inner index would prove less than it claims.
     */
    public static Optional<String> mismatch(SupportChain support, NotClosedCertificate c) {
        if (support.length() != c.pattern().size()) {
            return Optional.of("the certificate has " + c.pattern().size() + " factors, the support " + support.length());
        }
        for (int i : c.rows()) if (i < 0 || i >= support.rows()) return Optional.of("row " + i + " is outside the support");
        for (int j : c.cols()) if (j < 0 || j >= support.cols()) return Optional.of("column " + j + " is outside the support");
        List<int[]> kept = keptIndices(support.factors(), c.rows(), c.cols());
        List<int[]> inner = kept.subList(1, kept.size() - 1);
        if (inner.size() != c.inner().size()) return Optional.of("the certificate lists " + c.inner().size() + " inner dimensions");
        for (int l = 0; l < inner.size(); l++) {
            if (!Arrays.equals(inner.get(l), c.inner().get(l))) {
                return Optional.of("inner indices " + Arrays.toString(c.inner().get(l)) + " of dimension " + (l + 1)
                        + " differ from those on a path to the block " + Arrays.toString(inner.get(l)));
            }
        }
        if (!pattern(support.factors(), kept).equals(c.pattern())) {
            return Optional.of("the pattern is not the restriction of the support to the block");
        }
        return Optional.empty();
    }

    private static BitSet bits(int[] xs) {
        BitSet b = new BitSet();
        for (int x : xs) b.set(x);
        return b;
    }
}
