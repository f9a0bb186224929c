package org.supcert.io;

import java.util.Optional;
import org.supcert.support.Mask;

/**
 * N:M structured sparsity of a mask: in every row, each group of M consecutive columns (columns
 * {@code g*M .. g*M+M-1}) holds at most N allowed entries. For a PyTorch weight (out x in) the groups
 * run along the input dimension, which is NVIDIA's 2:4 convention; for the other dimension pass
 * {@code mask.transpose()}.
 */
public final class NmSparsity {
    /** Group sizes tried by {@link #detect(Mask)}, smallest first. */
    static final int[] GROUP_SIZES = {2, 4, 8, 16};

    private final int n;
    private final int m;
    private final boolean exact;

    private NmSparsity(int n, int m, boolean exact) {
        this.n = n;
        this.m = m;
        this.exact = exact;
    }

    /** Allowed entries per group, at most. */
    public int n() { return n; }

    /** Group size. */
    public int m() { return m; }

    /** True when every group holds exactly N entries (what N:M pruning produces). */
    public boolean exact() { return exact; }

    /** True when the mask's columns split into groups of m and no group of a row holds more than n entries. */
    public static boolean holds(Mask mask, int n, int m) {
        if (m < 1 || n < 0 || mask.cols() % m != 0) return false;
        return maxPerGroup(mask, m)[0] <= n;
    }

    /**
     * The N:M pattern with the smallest ratio N/M (ties: the smallest M) among M in 2, 4, 8, 16
     * dividing the column count, with 1 &lt;= N &lt; M; empty when there is none (e.g. a dense row
     * somewhere, or an empty mask).
     */
    public static Optional<NmSparsity> detect(Mask mask) {
        NmSparsity best = null;
        for (int m : GROUP_SIZES) {
            if (mask.cols() % m != 0 || mask.cols() < m) continue;
            int[] r = maxPerGroup(mask, m);
            int n = r[0];
            if (n < 1 || n >= m) continue;
            if (best == null || (long) n * best.m < (long) best.n * m) best = new NmSparsity(n, m, r[1] == n);
        }
        return Optional.ofNullable(best);
    }

    /** {largest, smallest} number of entries in a group of m columns, over all rows and groups. */
    private static int[] maxPerGroup(Mask mask, int m) {
        int max = 0;
        int min = Integer.MAX_VALUE;
        int groups = mask.cols() / m;
        for (int i = 0; i < mask.rows(); i++) {
            int[] row = mask.row(i);
            int p = 0;
            for (int g = 0; g < groups; g++) {
                int count = 0;
                int end = (g + 1) * m;
                while (p < row.length && row[p] < end) {
                    count++;
                    p++;
                }
                max = Math.max(max, count);
                min = Math.min(min, count);
            }
        }
        return new int[] {max, min};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NmSparsity && ((NmSparsity) o).n == n && ((NmSparsity) o).m == m
                && ((NmSparsity) o).exact == exact;
    }

    @Override
    public int hashCode() { return 31 * n + m + (exact ? 1000 : 0); }

    /** {@code "2:4"}. */
    @Override
    public String toString() { return n + ":" + m; }
}
