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
        return max(groupSizes(mask, m)) <= n;
    }

    /**
     * The N:M structure the mask really has, or empty ("unstructured"). For each M in 2, 4, 8, 16
     * dividing the column count, N is the tightest bound (the largest group), and M qualifies when
     * 1 &lt;= N &lt; M and at least half of all groups hold exactly N: a bound that only a few
     * groups reach describes unstructured pruning, not N:M (e.g. a 25%-dense random mask has some
     * group of 16 with 12 entries, yet it is not 12:16). Among qualifying M the smallest ratio
     * N/M wins, ties to the smallest M.
     */
    public static Optional<NmSparsity> detect(Mask mask) {
        NmSparsity best = null;
        for (int m : GROUP_SIZES) {
            if (mask.cols() % m != 0 || mask.cols() < m || mask.rows() == 0) continue;
            long[] sizes = groupSizes(mask, m);
            int n = max(sizes);
            if (n < 1 || n >= m) continue;
            long groups = (long) mask.rows() * (mask.cols() / m);
            if (2 * sizes[n] < groups) continue;
            if (best == null || (long) n * best.m < (long) best.n * m) best = new NmSparsity(n, m, sizes[n] == groups);
        }
        return Optional.ofNullable(best);
    }

    /** Histogram of the number of entries in a group of m columns: h[c] groups (over all rows) hold c entries. */
    private static long[] groupSizes(Mask mask, int m) {
        long[] h = new long[m + 1];
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
                h[count]++;
            }
        }
        return h;
    }

    private static int max(long[] histogram) {
        for (int c = histogram.length - 1; c > 0; c--) if (histogram[c] > 0) return c;
        return 0;
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
