package org.supcert.support;

import java.util.List;

/**
 * A support chain (I_1, ..., I_L) in product order: P = { W_1 W_2 ... W_L : supp(W_l) in I_l }
 * (docs/theory.md#section-1). Two factors are a support pair with I = I_1 and J = I_2 transposed.
 */
public final class SupportChain {
    private final String name;
    private final List<Mask> factors;

    public SupportChain(String name, List<Mask> factors) {
        if (factors.isEmpty()) throw new IllegalArgumentException("a support needs at least one factor");
        if (factors.size() > SupportLimits.MAX_FACTORS) {
            throw new IllegalArgumentException(factors.size() + " factors exceed the limit of "
                    + SupportLimits.MAX_FACTORS);
        }
        for (int l = 1; l < factors.size(); l++) {
            Mask prev = factors.get(l - 1);
            Mask next = factors.get(l);
            if (prev.cols() != next.rows()) {
                throw new IllegalArgumentException("factor " + (l - 1) + " is " + prev.rows() + " x "
                        + prev.cols() + " but factor " + l + " is " + next.rows() + " x " + next.cols()
                        + ": inner dimensions do not match");
            }
        }
        this.name = name;
        this.factors = List.copyOf(factors);
    }

    public String name() { return name; }

    public List<Mask> factors() { return factors; }

    public int length() { return factors.size(); }

    public Mask factor(int l) { return factors.get(l); }

    /** Rows of the product. */
    public int rows() { return factors.get(0).rows(); }

    /** Columns of the product. */
    public int cols() { return factors.get(factors.size() - 1).cols(); }

    public boolean isPair() { return factors.size() == 2; }

    /** The pair view; only for chains of length two. */
    public SupportPair asPair() {
        if (!isPair()) throw new IllegalStateException(name + " has " + length() + " factors, not 2");
        return new SupportPair(name, factors.get(0), factors.get(1));
    }

    @Override
    public String toString() {
        return "SupportChain[" + name + ", " + factors + "]";
    }
}
