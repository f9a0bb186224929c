package org.supcert.certificate;

import java.util.List;
import org.supcert.exact.ModPrime;
import org.supcert.exact.RankModPrime;
import org.supcert.exact.SplitMix64;
import org.supcert.support.Mask;

/**
 * Chains by specialization (docs/theory.md#specialization): every layer but the free layer l is fixed at
 * integers regenerated from a seed, A = W_1..W_(l-1), C = W_(l+1)..W_L, and the rank of the
 * linear map W_l -> A W_l C is compared with |U| (U = the boolean product support, P inside L(U)
 * always). Rank modulo the prime is at most the rank over Q, so rank |U| modulo p proves
 * P = L(U): CLOSED. Used by the search and, from scratch, by {@link SpecializationCertificate#check}.
 *
 * <p>Integers: one {@link SplitMix64} stream with the seed; the fixed layers in chain order, each
 * layer's allowed entries in row-major order, get consecutive {@link SplitMix64#nextValue()}s.
 * Their digest is a Horner hash modulo p with base {@link #DIGEST_BASE}: for each fixed layer m
 * (0-based) h = h*base + (m + 1), then h = h*base + v for each of its values, starting from h = 0.
 *
 * <p>How the rank is computed: with l the first layer it splits row by row (row i of W_l C is a
 * combination of the rows C[k, :] for the allowed k of row i, which must span R^(U_i)); with l
 * the last layer column by column (the columns A[:, k] restricted to U^j); otherwise one
 * nnz(W_l) x |U| matrix. Each spanning test first tries as many vectors as the dimension and then
 * all of them (a subset that spans proves that the set spans).
 */
public final class SpecializationRank {
    /** Base of the digest hash. */
    public static final long DIGEST_BASE = 1_000_003L;

    /** FULL proves P = L(U); the others prove nothing. */
    public enum Status { FULL, DEFICIENT, OUT_OF_WORK, TOO_LARGE }

    /** The outcome of {@link #run}: the work spent (multiply-adds) and, unless FULL, why not. */
    public record Result(Status status, long work, String note) {}

    private final List<Mask> chain;
    private final int free;
    private final Mask cells;
    /** Per layer, per row, the values of the allowed entries (aligned with Mask.row); null for the free layer. */
    private final int[][][] values;
    private final long digest;
    private long work;
    private RankModPrime rank = new RankModPrime();

    /**
     * The product support U of a chain, computed once from the chain alone (so no caller can hand
     * in a wrong U) and shared by the free layers tried. Bitset rows: OR-ing a row of the next
     * mask per allowed entry costs a word per 64 columns, 20-30x less than Mask.product's
     * entry-by-entry marking on 768 x 3072 x 768 layers at density 0.5 (1.2 s there).
     */
    public static final class Support {
        private final List<Mask> chain;
        private final Mask cells;

        /** @throws IllegalArgumentException when the chain has fewer than two factors or the layers do not chain */
        public Support(List<Mask> chain) {
            if (chain.size() < 2) throw new IllegalArgumentException("specialization needs two or more factors, got " + chain.size());
            for (int l = 1; l < chain.size(); l++) {
                if (chain.get(l - 1).cols() != chain.get(l).rows()) {
                    throw new IllegalArgumentException("factor " + (l - 1) + " has " + chain.get(l - 1).cols()
                            + " columns but factor " + l + " has " + chain.get(l).rows() + " rows");
                }
            }
            this.chain = List.copyOf(chain);
            this.cells = product(this.chain);
        }

        /** |U|. */
        public long cells() { return cells.nonZeros(); }

        private static Mask product(List<Mask> chain) {
            Mask first = chain.get(0);
            for (Mask m : chain) {
                if ((long) Math.max(first.rows(), m.rows()) * ((m.cols() + 63) >>> 6) > SpecializationLimits.MAX_BITSET_WORDS) {
                    Mask u = first;
                    for (int l = 1; l < chain.size(); l++) u = u.product(chain.get(l));
                    return u;
                }
            }
            long[][] rows = bits(first);
            for (int l = 1; l < chain.size(); l++) {
                long[][] next = bits(chain.get(l));
                int words = (chain.get(l).cols() + 63) >>> 6;
                long[][] out = new long[rows.length][words];
                for (int i = 0; i < rows.length; i++) {
                    long[] r = rows[i];
                    long[] o = out[i];
                    for (int w = 0; w < r.length; w++) {
                        for (long b = r[w]; b != 0; b &= b - 1) {
                            long[] add = next[(w << 6) + Long.numberOfTrailingZeros(b)];
                            for (int x = 0; x < words; x++) o[x] |= add[x];
                        }
                    }
                }
                rows = out;
            }
            int cols = chain.get(chain.size() - 1).cols();
            long nnz = 0;
            for (long[] r : rows) for (long w : r) nnz += Long.bitCount(w);
            if (nnz > org.supcert.support.SupportLimits.MAX_NONZEROS) {
                throw new IllegalArgumentException("product support has " + nnz + " cells, over "
                        + org.supcert.support.SupportLimits.MAX_NONZEROS);
            }
            int[] start = new int[rows.length + 1];
            int[] idx = new int[(int) nnz];
            int p = 0;
            for (int i = 0; i < rows.length; i++) {
                for (int w = 0; w < rows[i].length; w++) {
                    for (long b = rows[i][w]; b != 0; b &= b - 1) idx[p++] = (w << 6) + Long.numberOfTrailingZeros(b);
                }
                start[i + 1] = p;
            }
            return Mask.fromSortedRows(rows.length, cols, start, idx);
        }

        private static long[][] bits(Mask m) {
            long[][] out = new long[m.rows()][(m.cols() + 63) >>> 6];
            for (int i = 0; i < m.rows(); i++) for (int j : m.row(i)) out[i][j >>> 6] |= 1L << j;
            return out;
        }
    }

    /** {@link #SpecializationRank(Support, int, long)} on the chain's own support. */
    public SpecializationRank(List<Mask> chain, int free, long seed) {
        this(new Support(chain), free, seed);
    }

    /**
     * Regenerates the fixed layers (linear in their non-zeros).
     *
     * @throws IllegalArgumentException when the free layer is out of range
     */
    public SpecializationRank(Support support, int free, long seed) {
        List<Mask> chain = support.chain;
        if (free < 0 || free >= chain.size()) {
            throw new IllegalArgumentException("free layer " + free + " outside 0.." + (chain.size() - 1));
        }
        this.chain = chain;
        this.free = free;
        this.cells = support.cells;
        this.values = new int[chain.size()][][];
        SplitMix64 g = new SplitMix64(seed);
        long h = 0;
        for (int m = 0; m < chain.size(); m++) {
            if (m == free) continue;
            h = hash(h, m + 1);
            Mask w = chain.get(m);
            values[m] = new int[w.rows()][];
            for (int i = 0; i < w.rows(); i++) {
                int[] v = new int[w.rowCount(i)];
                for (int p = 0; p < v.length; p++) {
                    v[p] = (int) g.nextValue();
                    h = hash(h, v[p]);
                }
                values[m][i] = v;
            }
        }
        this.digest = h;
    }

    private static long hash(long h, long v) {
        return ModPrime.add(ModPrime.mul(h, DIGEST_BASE), v);
    }

    /** |U|, the number of cells of the product support. */
    public long cells() { return cells.nonZeros(); }

    /** The digest of the regenerated integers. */
    public long digest() { return digest; }

    /** Computes whether the rank is |U|, spending at most {@code workLimit} multiply-adds. */
    public Result run(long workLimit) {
        work = 0;
        rank = new RankModPrime();
        String cheap = countBound();
        if (cheap != null) return new Result(Status.DEFICIENT, 0, cheap);
        int last = chain.size() - 1;
        if (free == 0) return byRows(workLimit);
        if (free == last) return byColumns(workLimit);
        return middle(workLimit);
    }

    private long spent() { return work + rank.work(); }

    private Result stop(Status s, String note) { return new Result(s, spent(), note); }

    /** A necessary condition that costs nothing: enough free entries for every row/column/cell. */
    private String countBound() {
        Mask w = chain.get(free);
        if (free == 0) {
            for (int i = 0; i < cells.rows(); i++) {
                if (w.rowCount(i) < cells.rowCount(i)) {
                    return "row " + i + " has " + w.rowCount(i) + " free entries for " + cells.rowCount(i) + " cells of U";
                }
            }
        } else if (free == chain.size() - 1) {
            for (int j = 0; j < cells.cols(); j++) {
                if (w.columnCount(j) < cells.columnCount(j)) {
                    return "column " + j + " has " + w.columnCount(j) + " free entries for " + cells.columnCount(j)
                            + " cells of U";
                }
            }
        } else if (w.nonZeros() < cells.nonZeros()) {
            return w.nonZeros() + " free entries for |U| = " + cells.nonZeros() + " cells";
        }
        return null;
    }

    /** Free first layer: the rows C[k, U_i], k allowed in row i, must span R^(U_i) for every row i. */
    private Result byRows(long workLimit) {
        int n = cells.cols();
        Object c = rightProduct(1, workLimit);
        if (c instanceof Result r) return r;
        int[] cm = (int[]) c;
        Mask w = chain.get(0);
        for (int i = 0; i < cells.rows(); i++) {
            int[] ui = cells.row(i);
            if (ui.length == 0) continue;
            int[] ki = w.row(i);
            int count = usable(ki.length, ui.length);
            if (count < ui.length) return tooLarge("row " + i, ui.length);
            long[][] vectors = new long[count][ui.length];
            for (int a = 0; a < count; a++) {
                int base = ki[a] * n;
                for (int b = 0; b < ui.length; b++) vectors[a][b] = cm[base + ui[b]];
            }
            String why = spans(vectors, ui.length, workLimit);
            if (why != null) return stopOr(why, "row " + i, workLimit, count < ki.length);
        }
        return stop(Status.FULL, null);
    }

    /** Free last layer: the columns A[U^j, k], k allowed in column j, must span R^(U^j) for every column j. */
    private Result byColumns(long workLimit) {
        int last = chain.size() - 1;
        int inner = chain.get(last).rows();
        Object a = leftProduct(last - 1, workLimit);
        if (a instanceof Result r) return r;
        int[] am = (int[]) a;
        Mask w = chain.get(last);
        for (int j = 0; j < cells.cols(); j++) {
            int[] uj = cells.column(j);
            if (uj.length == 0) continue;
            int[] kj = w.column(j);
            int count = usable(kj.length, uj.length);
            if (count < uj.length) return tooLarge("column " + j, uj.length);
            long[][] vectors = new long[count][uj.length];
            for (int p = 0; p < count; p++) {
                for (int b = 0; b < uj.length; b++) vectors[p][b] = am[uj[b] * inner + kj[p]];
            }
            String why = spans(vectors, uj.length, workLimit);
            if (why != null) return stopOr(why, "column " + j, workLimit, count < kj.length);
        }
        return stop(Status.FULL, null);
    }

    /** Free middle layer: one vector per allowed (a, b) of W_l, (A[i, a] C[b, j]) over the cells (i, j) of U. */
    private Result middle(long workLimit) {
        Mask w = chain.get(free);
        long size = (long) w.nonZeros() * cells.nonZeros();
        if (size > SpecializationLimits.MAX_RANK_ENTRIES) {
            return stop(Status.TOO_LARGE, "nnz(W_l) x |U| = " + size + " is over " + SpecializationLimits.MAX_RANK_ENTRIES);
        }
        Object a = leftProduct(free - 1, workLimit);
        if (a instanceof Result r) return r;
        Object c = rightProduct(free + 1, workLimit);
        if (c instanceof Result r) return r;
        int[] am = (int[]) a;
        int[] cm = (int[]) c;
        int inner = w.rows();
        int n = cells.cols();
        if (spent() + size > workLimit) return stop(Status.OUT_OF_WORK, "the " + size + " products of the rank matrix");
        work += size;
        long[][] vectors = new long[w.nonZeros()][cells.nonZeros()];
        int v = 0;
        for (int x = 0; x < w.rows(); x++) {
            for (int y : w.row(x)) {
                int q = 0;
                for (int i = 0; i < cells.rows(); i++) {
                    long ai = am[i * inner + x];
                    for (int j : cells.row(i)) vectors[v][q++] = ModPrime.mul(ai, cm[y * n + j]);
                }
                v++;
            }
        }
        String why = spans(vectors, cells.nonZeros(), workLimit);
        return why == null ? stop(Status.FULL, null) : stopOr(why, "the map", workLimit, false);
    }

    /** How many of the available vectors of one spanning test fit {@link SpecializationLimits#MAX_RANK_ENTRIES}. */
    private static int usable(int available, int dim) {
        return (int) Math.min(available, SpecializationLimits.MAX_RANK_ENTRIES / dim);
    }

    private Result tooLarge(String where, int dim) {
        return stop(Status.TOO_LARGE, where + ": a spanning test of dimension " + dim + " is over "
                + SpecializationLimits.MAX_RANK_ENTRIES + " entries");
    }

    /** @param truncated only a prefix of the vectors was tested (all of them would be over the entry limit) */
    private Result stopOr(String why, String where, long workLimit, boolean truncated) {
        if (why.isEmpty()) return stop(Status.OUT_OF_WORK, where + ": work limit " + workLimit + " reached in the rank");
        if (truncated) {
            return stop(Status.TOO_LARGE, where + ": " + why + " with the vectors that fit "
                    + SpecializationLimits.MAX_RANK_ENTRIES + " entries");
        }
        return stop(Status.DEFICIENT, where + ": " + why);
    }

    /**
     * Null when the vectors span R^dim; "" when the work limit stopped the elimination; otherwise
     * the rank found. The vectors are overwritten.
     */
    private String spans(long[][] vectors, int dim, long workLimit) {
        if (vectors.length < dim) return vectors.length + " vectors for dimension " + dim;
        long budget = workLimit - work; // RankModPrime counts its own work cumulatively
        if (vectors.length > dim) {
            long[][] prefix = new long[dim][];
            for (int p = 0; p < dim; p++) prefix[p] = vectors[p].clone();
            int r = rank.rank(prefix, budget);
            if (r < 0) return "";
            if (r == dim) return null;
        }
        int r = rank.rank(vectors, budget);
        if (r < 0) return "";
        return r == dim ? null : "rank " + r + " modulo " + ModPrime.P + " for dimension " + dim;
    }

    /** W_from .. W_last as a dense row-major matrix modulo p, or a Result when it is too large or too costly. */
    Object rightProduct(int from, long workLimit) {
        int last = chain.size() - 1;
        int n = chain.get(last).cols();
        for (int m = from; m <= last; m++) {
            long entries = (long) chain.get(m).rows() * n;
            if (entries > SpecializationLimits.MAX_DENSE_ENTRIES) {
                return stop(Status.TOO_LARGE, "the product W_" + m + "..W_" + last + " has " + entries + " entries, over "
                        + SpecializationLimits.MAX_DENSE_ENTRIES);
            }
        }
        long cost = 0;
        for (int m = from; m < last; m++) cost += (long) chain.get(m).nonZeros() * n;
        if (spent() + cost > workLimit) {
            return stop(Status.OUT_OF_WORK, "the product W_" + from + "..W_" + last + " needs " + cost
                    + " multiply-adds, over the remaining work");
        }
        work += cost;
        int[] d = dense(last);
        for (int m = last - 1; m >= from; m--) {
            Mask w = chain.get(m);
            int[] next = new int[w.rows() * n];
            long[] acc = new long[n];
            for (int k = 0; k < w.rows(); k++) {
                int[] cols = w.row(k);
                int[] vals = values[m][k];
                java.util.Arrays.fill(acc, 0);
                for (int p = 0; p < cols.length; p++) {
                    long x = vals[p];
                    int base = cols[p] * n;
                    for (int j = 0; j < n; j++) acc[j] += x * d[base + j];
                    if ((p & REDUCE_MASK) == REDUCE_MASK) reduce(acc);
                }
                for (int j = 0; j < n; j++) next[k * n + j] = (int) ModPrime.reduce(acc[j]);
            }
            d = next;
        }
        return d;
    }

    /** W_0 .. W_to as a dense row-major matrix modulo p, or a Result when it is too large or too costly. */
    Object leftProduct(int to, long workLimit) {
        int rows = chain.get(0).rows();
        for (int m = 0; m <= to; m++) {
            long entries = (long) rows * chain.get(m).cols();
            if (entries > SpecializationLimits.MAX_DENSE_ENTRIES) {
                return stop(Status.TOO_LARGE, "the product W_0..W_" + m + " has " + entries + " entries, over "
                        + SpecializationLimits.MAX_DENSE_ENTRIES);
            }
        }
        long cost = 0;
        for (int m = 1; m <= to; m++) cost += (long) rows * chain.get(m).nonZeros();
        if (spent() + cost > workLimit) {
            return stop(Status.OUT_OF_WORK, "the product W_0..W_" + to + " needs " + cost
                    + " multiply-adds, over the remaining work");
        }
        work += cost;
        int[] d = dense(0);
        for (int m = 1; m <= to; m++) {
            Mask w = chain.get(m);
            int inner = w.rows();
            int cols = w.cols();
            int[] next = new int[rows * cols];
            long[] acc = new long[cols];
            for (int i = 0; i < rows; i++) {
                java.util.Arrays.fill(acc, 0);
                int terms = 0;
                for (int q = 0; q < inner; q++) {
                    long x = d[i * inner + q];
                    if (x == 0) continue;
                    int[] js = w.row(q);
                    int[] vals = values[m][q];
                    for (int p = 0; p < js.length; p++) acc[js[p]] += x * vals[p];
                    if ((++terms & REDUCE_MASK) == 0) reduce(acc);
                }
                for (int j = 0; j < cols; j++) next[i * cols + j] = (int) ModPrime.reduce(acc[j]);
            }
            d = next;
        }
        return d;
    }

    /** Products are below 2^47 (a value below 2^16 times a residue below 2^31): 2^15 of them fit a long. */
    private static final int REDUCE_MASK = (1 << 15) - 1;

    private static void reduce(long[] acc) {
        for (int j = 0; j < acc.length; j++) acc[j] %= ModPrime.P;
    }

    /** Layer m with its regenerated values, dense row-major. */
    private int[] dense(int m) {
        Mask w = chain.get(m);
        int[] d = new int[w.rows() * w.cols()];
        for (int i = 0; i < w.rows(); i++) {
            int[] cols = w.row(i);
            for (int p = 0; p < cols.length; p++) d[i * w.cols() + cols[p]] = values[m][i][p];
        }
        return d;
    }
}
