package org.supcert.exact;

/**
 * Rank of an integer matrix modulo {@link ModPrime#P} by Gaussian elimination on a working copy.
 * The work (row operations times row length) is counted, so callers can bound it by steps rather
 * than by time; {@link #rank} gives up with -1 past the limit.
 */
public final class RankModPrime {
    private long work;

    /** Multiply-adds spent by this instance so far. */
    public long work() { return work; }

    /**
     * Rank of {@code rows} (each a row of residues in [0, P), all of one length), or -1 when the
     * elimination would pass {@code workLimit} multiply-adds. The rows are overwritten.
     */
    public int rank(long[][] rows, long workLimit) {
        int n = rows.length;
        if (n == 0) return 0;
        int cols = rows[0].length;
        int rank = 0;
        for (int c = 0; c < cols && rank < n; c++) {
            int pivot = -1;
            for (int i = rank; i < n; i++) if (rows[i][c] != 0) { pivot = i; break; }
            if (pivot < 0) continue;
            long[] t = rows[pivot]; rows[pivot] = rows[rank]; rows[rank] = t;
            long inv = ModPrime.inverse(rows[rank][c]);
            long[] p = rows[rank];
            for (int i = rank + 1; i < n; i++) {
                long f = rows[i][c];
                if (f == 0) continue;
                work += cols - c;
                if (work > workLimit) return -1;
                f = ModPrime.mul(f, inv);
                long[] r = rows[i];
                for (int j = c; j < cols; j++) if (p[j] != 0) r[j] = ModPrime.sub(r[j], ModPrime.mul(f, p[j]));
            }
            rank++;
        }
        return rank;
    }

    /** True when the rows span the whole space of their length (rank = number of columns). */
    public boolean spans(long[][] rows, long workLimit) {
        if (rows.length == 0) return false;
        return rank(rows, workLimit) == rows[0].length;
    }
}
