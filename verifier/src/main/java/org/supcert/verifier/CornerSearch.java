package org.supcert.verifier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.supcert.graph.CellTable;
import org.supcert.graph.Component;
import org.supcert.graph.GraphLimits;
import org.supcert.graph.SupportClass;

/**
 * Searches a component for a corner (docs/theory.md#corner-certificate): rows R', columns C' with
 * |R'| = |C'| = mu + 1 inside the rectangles of mu full columns, with cov = mu on every cell of
 * R' x C' but one, (i*, j*), where cov > mu. (cov = mu on a cell inside every full column's
 * rectangle means that only those columns cover it, so every other column meets the block at
 * most in (i*, j*).)
 *
 * <p>mu = 1, exhaustive and fast (the full column is then a class of its own): within class c,
 * let p_i be the columns of row i with cov = 1. A
 * corner exists iff two rows have intersecting but different p_i (row a, row b sharing column j,
 * and j2 in p_a minus p_b gives the L (a,j), (a,j2), (b,j) with (b,j2) the special cell); a
 * column-owner sweep finds such a pair in O(|R_c| * |C_c| / 64). mu >= 2: for a set F of classes
 * (one class, then unions of up to {@link RuleLimits#CORNER_MAX_CLASSES}) with mu = the sum of
 * their multiplicities, a backtracking search inside the intersection of their rectangles for a
 * (mu x mu) biclique of cov = mu cells around each special cell (cov = mu there means only F
 * covers the cell), counting twin rows and columns with their multiplicity; exhaustive per F, and
 * a search cut by its step limit is reported.
 */
final class CornerSearch {
    /** A corner in product indices; {@code full} are the classes whose mu columns contain the block. */
    record Corner(List<SupportClass> full, int mu, int[] rows, int[] cols, int specialRow, int specialCol) {}

    /**
     * A candidate set F of classes for the full columns: their rectangles' intersection (local rows
     * as a bitset and an array, local columns as a bitset) and mu = the sum of their multiplicities.
     */
    private record FullSet(List<Integer> classes, int mu, long[] rowBits, int[] rows, long[] cols) {}

    /**
     * The corner found (or null); {@code completed} is the largest number of classes for which every
     * full set F was searched (0 when even single classes were not all searched).
     */
    record Outcome(Corner corner, int completed) {
        boolean exhaustive() { return completed >= RuleLimits.CORNER_MAX_CLASSES; }
    }

    private final Component k;
    private final Budget budget;
    private long work;
    private long checkedAt;
    private boolean cut;

    private CornerSearch(Component k, Budget budget) {
        this.k = k;
        this.budget = budget;
    }

    /**
     * Searches single classes first (mu = 1 exhaustively), then full sets F of 2 up to
     * {@link RuleLimits#CORNER_MAX_CLASSES} classes whose rectangles meet in at least
     * (mu+1) x (mu+1) product cells (docs/theory.md#corner-certificate: the mu full columns need not
     * form one class). Each F's search is exhaustive unless cut, which the outcome reports.
     */
    static Outcome search(Component k, Budget budget) {
        CornerSearch s = new CornerSearch(k, budget);
        int words = (k.cells().cols() + 63) >>> 6;
        int rowWords = (k.cells().rows() + 63) >>> 6;
        List<FullSet> singles = new ArrayList<>();
        for (int p = 0; p < k.classCount(); p++) {
            SupportClass c = k.classes().get(p);
            if (c.isComplete()) continue; // |R| or |C| <= mu: no (mu+1)-square block fits
            long[] rowBits = new long[rowWords];
            for (int r : k.localRows(p)) rowBits[r >>> 6] |= 1L << r;
            FullSet f = new FullSet(List.of(p), c.multiplicity(), rowBits, k.localRows(p), s.classColumns(p, words));
            singles.add(f);
            Corner found = c.multiplicity() == 1 ? s.rankOne(p) : s.higherRank(f);
            if (found != null) return new Outcome(found, 1);
            if (s.cut) return new Outcome(null, 0);
        }
        List<FullSet> level = singles;
        for (int size = 2; size <= RuleLimits.CORNER_MAX_CLASSES && !level.isEmpty(); size++) {
            List<FullSet> nextLevel = new ArrayList<>();
            for (FullSet f : level) {
                int last = f.classes().get(f.classes().size() - 1);
                for (FullSet g : singles) {
                    int p = g.classes().get(0);
                    if (p <= last) continue;
                    if (s.spend(rowWords + words)) return new Outcome(null, size - 1);
                    FullSet joined = s.join(f, g);
                    if (joined == null) continue;
                    nextLevel.add(joined);
                    Corner found = s.higherRank(joined);
                    if (found != null) return new Outcome(found, size);
                    if (s.cut) return new Outcome(null, size - 1);
                }
            }
            level = nextLevel;
        }
        return new Outcome(null, RuleLimits.CORNER_MAX_CLASSES);
    }

    /** F plus one more class, or null when their rectangles do not meet in a (mu+1)-square. */
    private FullSet join(FullSet f, FullSet g) {
        int mu = f.mu() + g.mu();
        long[] rowBits = and(f.rowBits(), g.rowBits());
        if (rowWeight(rowBits, mu + 1) < mu + 1) return null;
        long[] cols = and(f.cols(), g.cols());
        if (colWeight(cols) < mu + 1) return null;
        int[] rows = new int[bitCount(rowBits)];
        int n = 0;
        for (int w = 0; w < rowBits.length; w++) {
            for (long b = rowBits[w]; b != 0; b &= b - 1) rows[n++] = (w << 6) + Long.numberOfTrailingZeros(b);
        }
        List<Integer> classes = new ArrayList<>(f.classes());
        classes.addAll(g.classes());
        return new FullSet(List.copyOf(classes), mu, rowBits, rows, cols);
    }

    /** Weighted row count of a bitset of local rows, stopping once it reaches {@code enough}. */
    private long rowWeight(long[] bits, long enough) {
        long s = 0;
        for (int w = 0; w < bits.length && s < enough; w++) {
            for (long b = bits[w]; b != 0 && s < enough; b &= b - 1) s += k.rowWeight((w << 6) + Long.numberOfTrailingZeros(b));
        }
        return s;
    }

    private static int bitCount(long[] bits) {
        int n = 0;
        for (long b : bits) n += Long.bitCount(b);
        return n;
    }

    private long[] classColumns(int p, int words) {
        long[] bits = new long[words];
        for (int c : k.localCols(p)) bits[c >>> 6] |= 1L << c;
        return bits;
    }

    private Corner rankOne(int p) {
        CellTable t = k.cells();
        int words = (t.cols() + 63) >>> 6;
        long[] cls = classColumns(p, words);
        int[] owner = new int[t.cols()];
        Arrays.fill(owner, -1);
        long[][] priv = new long[t.rows()][];
        for (int r : k.localRows(p)) {
            if (spend(words)) return null;
            long[] pr = and(t.equalCoverage(r, 1), cls);
            if (isEmpty(pr)) continue;
            priv[r] = pr;
            for (int w = 0; w < words; w++) {
                for (long bits = pr[w]; bits != 0; bits &= bits - 1) {
                    int c = (w << 6) + Long.numberOfTrailingZeros(bits);
                    int a = owner[c];
                    if (a < 0) {
                        owner[c] = r;
                    } else if (!Arrays.equals(priv[a], pr)) {
                        int j2 = firstOf(andNot(priv[a], pr));
                        return j2 >= 0 ? corner(p, a, r, c, j2, r, j2) : corner(p, r, a, c, firstOf(andNot(pr, priv[a])), a, firstOf(andNot(pr, priv[a])));
                    }
                }
            }
        }
        return null;
    }

    /** The L (i1,j1), (i1,j2), (i2,j1) private, special cell (si, sj); all local indices. */
    private Corner corner(int p, int i1, int i2, int j1, int j2, int si, int sj) {
        int[] rows = {k.rowsOf(i1)[0], k.rowsOf(i2)[0]};
        int[] cols = {k.colsOf(j1)[0], k.colsOf(j2)[0]};
        Arrays.sort(rows);
        Arrays.sort(cols);
        return new Corner(List.of(k.classes().get(p)), 1, rows, cols, k.rowsOf(si)[0], k.colsOf(sj)[0]);
    }

    private Corner higherRank(FullSet f) {
        CellTable t = k.cells();
        int mu = f.mu();
        int words = (t.cols() + 63) >>> 6;
        long[] cls = f.cols();
        int[] classRows = f.rows();
        for (int star : classRows) {
            long[] sameRow = and(t.equalCoverage(star, mu), cls);
            long[] special = andNot(cls, t.equalCoverage(star, mu)); // cov > mu inside S_c
            if (colWeight(sameRow) < mu) continue;
            for (int w = 0; w < words; w++) {
                for (long bits = special[w]; bits != 0; bits &= bits - 1) {
                    int cStar = (w << 6) + Long.numberOfTrailingZeros(bits);
                    List<Integer> rows = new ArrayList<>();
                    long rowWeight = 0;
                    for (int r : classRows) {
                        if (r != star && t.coverage(r, cStar) == mu) {
                            rows.add(r);
                            rowWeight += k.rowWeight(r);
                        }
                    }
                    if (spend(classRows.length + words)) return null;
                    if (rowWeight < mu) continue;
                    int[] chosen = new int[rows.size() + 1];
                    long[] cols = dfs(t, mu, rows, 0, chosen, 0, 0, sameRow);
                    if (cut) return null;
                    if (cols != null) return higherCorner(f, star, cStar, chosen, cols);
                }
            }
        }
        return null;
    }

    /** Chooses row types until their weight reaches mu with >= mu (weighted) common cov = mu columns. */
    private long[] dfs(CellTable t, int mu, List<Integer> rows, int from, int[] chosen, int nChosen, long weight, long[] cur) {
        if (weight >= mu) {
            chosen[nChosen] = -1;
            return cur;
        }
        for (int i = from; i < rows.size(); i++) {
            if (spend(cur.length)) return null;
            long[] next = and(cur, t.equalCoverage(rows.get(i), mu));
            if (colWeight(next) < mu) continue;
            chosen[nChosen] = rows.get(i);
            long[] found = dfs(t, mu, rows, i + 1, chosen, nChosen + 1, weight + k.rowWeight(rows.get(i)), next);
            if (found != null || cut) return found;
        }
        return null;
    }

    private Corner higherCorner(FullSet f, int star, int cStar, int[] chosen, long[] cols) {
        int mu = f.mu();
        int[] rows = new int[mu + 1];
        int n = 0;
        rows[n++] = k.rowsOf(star)[0];
        for (int i = 0; i < chosen.length && chosen[i] >= 0 && n <= mu; i++) {
            for (int r : k.rowsOf(chosen[i])) if (n <= mu) rows[n++] = r;
        }
        int[] cs = new int[mu + 1];
        int m = 0;
        cs[m++] = k.colsOf(cStar)[0];
        for (int w = 0; w < cols.length && m <= mu; w++) {
            for (long bits = cols[w]; bits != 0 && m <= mu; bits &= bits - 1) {
                for (int c : k.colsOf((w << 6) + Long.numberOfTrailingZeros(bits))) if (m <= mu) cs[m++] = c;
            }
        }
        int si = rows[0];
        int sj = cs[0];
        Arrays.sort(rows);
        Arrays.sort(cs);
        return new Corner(f.classes().stream().map(k.classes()::get).toList(), mu, rows, cs, si, sj);
    }

    private long colWeight(long[] bits) {
        long s = 0;
        for (int w = 0; w < bits.length; w++) {
            for (long b = bits[w]; b != 0; b &= b - 1) s += k.colWeight((w << 6) + Long.numberOfTrailingZeros(b));
        }
        return s;
    }

    /** Counts work; true when the budget or the deadline is spent (the search is then cut). */
    private boolean spend(long units) {
        work += units;
        if (work > GraphLimits.CORNER_SEARCH_BUDGET) cut = true;
        if (work - checkedAt > 1 << 14) {
            checkedAt = work;
            if (budget.expired()) cut = true; // the wall-clock safety net; the budget remembers it
        }
        return cut;
    }

    private static long[] and(long[] a, long[] b) {
        long[] o = new long[a.length];
        for (int i = 0; i < a.length; i++) o[i] = a[i] & b[i];
        return o;
    }

    private static long[] andNot(long[] a, long[] b) {
        long[] o = new long[a.length];
        for (int i = 0; i < a.length; i++) o[i] = a[i] & ~b[i];
        return o;
    }

    private static boolean isEmpty(long[] a) {
        for (long x : a) if (x != 0) return false;
        return true;
    }

    private static int firstOf(long[] a) {
        for (int i = 0; i < a.length; i++) if (a[i] != 0) return (i << 6) + Long.numberOfTrailingZeros(a[i]);
        return -1;
    }
}
