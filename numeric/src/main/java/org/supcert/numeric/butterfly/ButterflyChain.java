package org.supcert.numeric.butterfly;

import java.util.List;

/**
 * A product of butterfly factors A = W_1 W_2 ... W_L P, in product order, with an optional
 * column permutation P (P[i][perm[i]] = 1, so (P x)[i] = x[perm[i]]; the bit-reversal of the DFT).
 * This is the representation the hierarchical factorization returns and the apply kernels consume.
 */
public record ButterflyChain(List<ButterflyFactor> factors, int[] permutation) {
    public ButterflyChain {
        if (factors.isEmpty()) throw new IllegalArgumentException("a butterfly chain needs at least one factor");
        factors = List.copyOf(factors);
        for (int l = 1; l < factors.size(); l++) {
            if (factors.get(l - 1).cols() != factors.get(l).rows()) {
                throw new IllegalArgumentException("factor " + (l - 1) + " has " + factors.get(l - 1).cols()
                        + " columns but factor " + l + " has " + factors.get(l).rows() + " rows");
            }
        }
        int n = factors.get(factors.size() - 1).cols();
        if (permutation != null) {
            if (permutation.length != n) throw new IllegalArgumentException("permutation length " + permutation.length + " != " + n);
            boolean[] seen = new boolean[n];
            for (int p : permutation) {
                if (p < 0 || p >= n || seen[p]) throw new IllegalArgumentException("not a permutation of 0.." + (n - 1));
                seen[p] = true;
            }
            permutation = permutation.clone();
        }
    }

    public int rows() { return factors.get(0).rows(); }

    public int cols() { return factors.get(factors.size() - 1).cols(); }

    public boolean isComplex() { return factors.stream().anyMatch(ButterflyFactor::isComplex); }

    /** The permutation, or null for the identity. */
    @Override
    public int[] permutation() { return permutation == null ? null : permutation.clone(); }
}
