package org.supcert.certificate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.supcert.support.Mask;

/**
 * Lemma B's split of a set of inner columns K, recomputed from the masks alone for the closedness
 * checks (no use of the search's data structures): R_k, C_k, which columns lie in a complete
 * class (mu >= min(|R|, |C|) among the columns of K with the same rank-one support), and per row
 * the columns of T, the union of the complete classes' rectangles.
 */
final class RestColumns {
    final int[] inner;
    final int[][] rowSets;
    final int[][] colSets;
    final boolean[] complete;
    /** Per product row, the product columns in T (bitset), null when none. */
    final long[][] tRows;
    final int words;

    RestColumns(Mask left, Mask right, int[] inner) {
        this.inner = inner;
        int n = inner.length;
        rowSets = new int[n][];
        colSets = new int[n][];
        Map<Support, Integer> count = new HashMap<>();
        List<Support> keys = new ArrayList<>(n);
        for (int s = 0; s < n; s++) {
            int k = inner[s];
            if (k < 0 || k >= left.cols()) throw new IllegalArgumentException("inner column " + k + " is out of range");
            rowSets[s] = left.column(k);
            colSets[s] = right.row(k);
            Support key = new Support(rowSets[s], colSets[s]);
            keys.add(key);
            count.merge(key, 1, Integer::sum);
        }
        complete = new boolean[n];
        words = (right.cols() + 63) >>> 6;
        tRows = new long[left.rows()][];
        for (int s = 0; s < n; s++) {
            if (rowSets[s].length == 0 || colSets[s].length == 0) continue;
            complete[s] = count.get(keys.get(s)) >= Math.min(rowSets[s].length, colSets[s].length);
            if (!complete[s]) continue;
            for (int i : rowSets[s]) {
                if (tRows[i] == null) tRows[i] = new long[words];
                for (int j : colSets[s]) tRows[i][j >>> 6] |= 1L << j;
            }
        }
    }

    /** A rank-one support R_k x C_k as a map key (arrays compared by content, no boxing). */
    private record Support(int[] rows, int[] cols) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Support t && Arrays.equals(rows, t.rows) && Arrays.equals(cols, t.cols);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(rows) + Arrays.hashCode(cols);
        }

        @Override
        public String toString() {
            return Arrays.toString(rows) + " x " + Arrays.toString(cols);
        }
    }

    /** C_k of the column at position s, as a bitset over product columns. */
    long[] colBits(int s) {
        long[] b = new long[words];
        for (int j : colSets[s]) b[j >>> 6] |= 1L << j;
        return b;
    }

    boolean inT(int i, int j) {
        return tRows[i] != null && (tRows[i][j >>> 6] & (1L << j)) != 0;
    }

    /** Positions s (into {@link #inner}) of the non-complete columns whose rank-one support is non-empty. */
    int[] rest() {
        return java.util.stream.IntStream.range(0, inner.length)
                .filter(s -> !complete[s] && rowSets[s].length > 0 && colSets[s].length > 0).toArray();
    }

    static boolean strictlyAscending(int[] a) {
        for (int i = 1; i < a.length; i++) if (a[i] <= a[i - 1]) return false;
        return true;
    }

    static String show(int[] a) {
        return a.length <= 8 ? Arrays.toString(a) : Arrays.toString(Arrays.copyOf(a, 8)).replace("]", ", ...]");
    }
}
