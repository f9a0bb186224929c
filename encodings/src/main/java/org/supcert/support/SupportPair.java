package org.supcert.support;

/**
 * A support pair in product form: left = W_1 (m x r, the mask I of X) and right = W_2
 * (r x n, the transpose of the mask J of Y), so P = { X Y^T } = { W_1 W_2 } (docs/theory.md#section-1).
 *
 * <p>Column k of the inner dimension has row set R_k = column k of left and column set
 * C_k = row k of right; its rank-one support is S_k = R_k x C_k.
 */
public record SupportPair(String name, Mask left, Mask right) {
    public SupportPair {
        if (left.cols() != right.rows()) {
            throw new IllegalArgumentException("left factor is " + left.rows() + " x " + left.cols()
                    + " but right factor is " + right.rows() + " x " + right.cols()
                    + ": inner dimensions do not match");
        }
    }

    /** m, the rows of the product. */
    public int rows() { return left.rows(); }

    /** n, the columns of the product. */
    public int cols() { return right.cols(); }

    /** r, the inner dimension (number of rank-one terms). */
    public int inner() { return left.cols(); }

    /** R_k, sorted. */
    public int[] rowSet(int k) { return left.column(k); }

    /** C_k, sorted. */
    public int[] colSet(int k) { return right.row(k); }

    /** The pair restricted to product rows and columns (all inner columns kept): the restriction lemma. */
    public SupportPair restrict(int[] rows, int[] cols, int[] inner) {
        return new SupportPair(name, left.restrict(rows, inner), right.restrict(inner, cols));
    }
}
