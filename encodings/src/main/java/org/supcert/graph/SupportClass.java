package org.supcert.graph;

/**
 * A class of columns with identical non-empty rank-one support S_c = R_c x C_c (docs/theory.md#section-2).
 *
 * @param id           index of the class in {@link RankOneSupports#classes()}, ordered by first column
 * @param columns      the inner columns k of the class, ascending; their number is the multiplicity mu_c
 * @param rows         R_c, ascending product-row indices
 * @param cols         C_c, ascending product-column indices
 */
public record SupportClass(int id, int[] columns, int[] rows, int[] cols) {

    /** mu_c: how many columns share this rank-one support. */
    public int multiplicity() { return columns.length; }

    /** Complete (CEC): mu_c >= min(|R_c|, |C_c|), so the class spans every matrix on its rectangle. */
    public boolean isComplete() { return columns.length >= Math.min(rows.length, cols.length); }

    /** |R_c| * |C_c|. */
    public long cells() { return (long) rows.length * cols.length; }

    @Override
    public String toString() {
        return "class " + id + " (mu=" + multiplicity() + ", " + rows.length + "x" + cols.length
                + (isComplete() ? ", complete" : "") + ")";
    }
}
