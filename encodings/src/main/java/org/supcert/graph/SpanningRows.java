package org.supcert.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Theorem S of docs/theory.md (spanning rows) for one component: after Lemma B, for every row i
 * the bipartite graph G_i between the non-complete columns k with i in R_k and the columns
 * V_i = (union of their C_k) minus T_i must have a matching covering V_i. Then P_K is the whole
 * linear space L(U_K). The column version exchanges rows and columns.
 *
 * <p>Works on the twin quotient: twin rows have the same G_i, twin columns are interchangeable
 * vertices, and the columns of one class are interchangeable too. So each row type needs one
 * b-matching: classes with capacity mu_c on one side, column types with demand w_t (their twin
 * count) on the other. Greedy assignment on bitsets (one AND per demand unit over the class
 * words) settles almost every unit on the supports users have; the rest go through BFS
 * augmenting paths. Written here rather than with JGraphT's Hopcroft-Karp because that needs the
 * product-level graph (about 1,536 x 768 vertices and 590,000 edges per row at 768 x 3072 x 768,
 * density 0.5) built once per row, and is measured slower (bench/README, "Theorem S").
 */
public final class SpanningRows {
    /** Which side is solved line by line: ROWS solves each row (y generic), COLUMNS each column. */
    public enum Orientation { ROWS, COLUMNS }

    /**
     * For one line type (a twin group of rows, or of columns): the product indices of the group,
     * and for every index of V on the other side (ascending) the inner column matched to it.
     */
    public record Line(int[] at, int[] matched, int[] inner) {}

    /**
     * The outcome: the lines when every line has a covering matching, otherwise the first line
     * (product index) where Hall's condition fails.
     */
    public record Result(Orientation orientation, boolean spans, List<Line> lines, int failingLine, long work) {}

    private final Component k;
    private final Orientation orientation;
    private final long workLimit;
    private long work;

    private SpanningRows(Component k, Orientation orientation, long workLimit) {
        this.k = k;
        this.orientation = orientation;
        this.workLimit = workLimit;
    }

    /**
     * Runs one orientation.
     *
     * @param workLimit bitset words and augmenting steps allowed; past it the result is "does not span"
     *                  with {@code failingLine} = -1
     */
    public static Result analyze(Component k, Orientation orientation, long workLimit) {
        return new SpanningRows(k, orientation, workLimit).run();
    }

    private boolean rows() { return orientation == Orientation.ROWS; }

    private int[] lineSet(int p) { return rows() ? k.localRows(p) : k.localCols(p); }

    private int[] otherSet(int p) { return rows() ? k.localCols(p) : k.localRows(p); }

    private int lineCount() { return rows() ? k.localRowCount() : k.localColCount(); }

    private int otherCount() { return rows() ? k.localColCount() : k.localRowCount(); }

    private int otherWeight(int t) { return rows() ? k.colWeight(t) : k.rowWeight(t); }

    private int[] lineMembers(int r) { return rows() ? k.rowsOf(r) : k.colsOf(r); }

    private int[] otherMembers(int t) { return rows() ? k.colsOf(t) : k.rowsOf(t); }

    private Result run() {
        int classes = k.classCount();
        int nLines = lineCount();
        int nOther = otherCount();
        int cw = (classes + 63) >>> 6;
        int ow = (nOther + 63) >>> 6;
        long[][] lineClasses = new long[nLines][cw]; // non-complete classes through each line type
        long[][] otherClasses = new long[nOther][cw];
        long[][] otherBits = new long[classes][];    // each class's other-side set, as a bitset
        List<Integer> complete = new ArrayList<>();
        for (int p = 0; p < classes; p++) {
            if (k.classes().get(p).isComplete()) {
                complete.add(p);
                continue;
            }
            long bit = 1L << p;
            for (int r : lineSet(p)) lineClasses[r][p >>> 6] |= bit;
            for (int t : otherSet(p)) otherClasses[t][p >>> 6] |= bit;
            otherBits[p] = bits(otherSet(p), ow);
        }
        // T_r: the other-side types covered, on line r, by a complete class
        long[][] inT = new long[nLines][];
        for (int p : complete) {
            long[] b = bits(otherSet(p), ow);
            for (int r : lineSet(p)) {
                if (inT[r] == null) inT[r] = new long[ow];
                or(inT[r], b);
                if (spend(ow)) return cut();
            }
        }
        // every other-side type some non-complete class meets: once V_r holds all of them, the
        // remaining classes of the line add nothing (at density 0.5, after about a dozen of the
        // thousands of classes through a line)
        long[] all = new long[ow];
        for (long[] b : otherBits) if (b != null) or(all, b);
        Matcher m = new Matcher(classes);
        List<Line> lines = new ArrayList<>(nLines);
        for (int r = 0; r < nLines; r++) {
            long[] kr = lineClasses[r];
            long[] v = new long[ow];
            long ored = 0;
            scan:
            for (int w = 0; w < cw; w++) {
                for (long b = kr[w]; b != 0; b &= b - 1) {
                    or(v, otherBits[(w << 6) + Long.numberOfTrailingZeros(b)]);
                    if ((++ored & 7) == 0 && Arrays.equals(v, all)) break scan;
                }
            }
            if (inT[r] != null) for (int w = 0; w < ow; w++) v[w] &= ~inT[r][w];
            if (spend(cw + 2L * ow * ored)) return cut();
            Line line = m.match(r, kr, v, otherClasses, cw);
            if (line == null) {
                return m.cut ? cut() : new Result(orientation, false, List.of(), lineMembers(r)[0], work);
            }
            lines.add(line);
        }
        return new Result(orientation, true, List.copyOf(lines), -1, work);
    }

    private Result cut() { return new Result(orientation, false, List.of(), -1, work); }

    private boolean spend(long units) {
        work += units;
        return work > workLimit;
    }

    /** The b-matching of one line type: classes (capacity mu) against other-side types (demand = twin count). */
    private final class Matcher {
        final int[] cap;
        final int[][] held;    // units held by each class
        final int[] heldCount;
        boolean cut;
        // per line
        int[] unitType = new int[16];
        int[] unitClass = new int[16];

        Matcher(int classes) {
            cap = new int[classes];
            held = new int[classes][];
            heldCount = new int[classes];
            for (int p = 0; p < classes; p++) held[p] = new int[k.classes().get(p).multiplicity()];
        }

        Line match(int r, long[] kr, long[] v, long[][] otherClasses, int cw) {
            long[] avail = kr.clone();
            int lo = 0; // avail only loses classes: words below lo are empty for the rest of the line
            for (int w = 0; w < cw; w++) {
                for (long b = kr[w]; b != 0; b &= b - 1) {
                    int p = (w << 6) + Long.numberOfTrailingZeros(b);
                    cap[p] = k.classes().get(p).multiplicity();
                    heldCount[p] = 0;
                }
            }
            int units = 0;
            List<Integer> pending = new ArrayList<>();
            for (int w = 0; w < v.length; w++) {
                for (long b = v[w]; b != 0; b &= b - 1) {
                    int t = (w << 6) + Long.numberOfTrailingZeros(b);
                    long[] ct = otherClasses[t];
                    for (int copy = otherWeight(t); copy > 0; copy--) {
                        int u = units++;
                        grow(units);
                        unitType[u] = t;
                        unitClass[u] = -1;
                        while (lo < cw && avail[lo] == 0) lo++;
                        if (spend(1 + cw - lo)) { cut = true; return null; }
                        int p = firstCommon(avail, ct, lo);
                        if (p < 0) { pending.add(u); continue; }
                        assign(u, p, avail);
                    }
                }
            }
            for (int u : pending) {
                if (!augment(u, kr, avail, otherClasses, cw)) return null;
            }
            return line(r, units);
        }

        private void assign(int u, int p, long[] avail) {
            unitClass[u] = p;
            held[p][heldCount[p]++] = u;
            if (--cap[p] == 0) avail[p >>> 6] &= ~(1L << p);
        }

        /** BFS over classes for a path that frees a slot for unit u: u -> p1, evicted unit -> p2, ... */
        private boolean augment(int u, long[] kr, long[] avail, long[][] otherClasses, int cw) {
            int classes = cap.length;
            int[] prevClass = new int[classes];
            int[] movedUnit = new int[classes];
            long[] seen = new long[cw];
            int[] queue = new int[classes];
            int head = 0;
            int tail = 0;
            long[] start = and(kr, otherClasses[unitType[u]]);
            for (int w = 0; w < cw; w++) {
                for (long b = start[w]; b != 0; b &= b - 1) {
                    int p = (w << 6) + Long.numberOfTrailingZeros(b);
                    seen[w] |= 1L << p;
                    prevClass[p] = -1;
                    queue[tail++] = p;
                }
            }
            while (head < tail) {
                int p = queue[head++];
                if (cap[p] > 0) {
                    // shift the units along the path, then give the freed slot at the root to u
                    int cur = p;
                    cap[p]--;
                    if (cap[p] == 0) avail[p >>> 6] &= ~(1L << p);
                    while (prevClass[cur] >= 0) {
                        int moved = movedUnit[cur];
                        int from = prevClass[cur];
                        held[from][indexOf(from, moved)] = -1;
                        put(cur, moved);
                        cur = from;
                    }
                    put(cur, u);
                    return true;
                }
                for (int i = 0; i < heldCount[p]; i++) {
                    int moved = held[p][i];
                    long[] next = otherClasses[unitType[moved]];
                    if (spend(cw)) { cut = true; return false; }
                    for (int w = 0; w < cw; w++) {
                        for (long b = kr[w] & next[w] & ~seen[w]; b != 0; b &= b - 1) {
                            int q = (w << 6) + Long.numberOfTrailingZeros(b);
                            seen[w] |= 1L << q;
                            prevClass[q] = p;
                            movedUnit[q] = moved;
                            queue[tail++] = q;
                        }
                    }
                }
            }
            return false;
        }

        /** Gives a class one more unit: into the hole a path left, else at the end. */
        private void put(int p, int unit) {
            int i = indexOf(p, -1);
            if (i >= 0) held[p][i] = unit;
            else held[p][heldCount[p]++] = unit;
            unitClass[unit] = p;
        }

        private int indexOf(int p, int unit) {
            for (int i = 0; i < heldCount[p]; i++) if (held[p][i] == unit) return i;
            return -1;
        }

        private void grow(int n) {
            if (n <= unitType.length) return;
            unitType = Arrays.copyOf(unitType, n * 2);
            unitClass = Arrays.copyOf(unitClass, n * 2);
        }

        /** Product-level line: the units of a column type take its twin members in order, a class's columns in order. */
        private Line line(int r, int units) {
            int[] matched = new int[units];
            int[] inner = new int[units];
            int[] nextCopy = new int[otherCount()];
            int[] nextColumn = new int[cap.length];
            Integer[] order = new Integer[units];
            for (int u = 0; u < units; u++) order[u] = u;
            for (int u = 0; u < units; u++) {
                int t = unitType[u];
                matched[u] = otherMembers(t)[nextCopy[t]++];
                int p = unitClass[u];
                inner[u] = k.classes().get(p).columns()[nextColumn[p]++];
            }
            Arrays.sort(order, (a, b) -> Integer.compare(matched[a], matched[b]));
            int[] ms = new int[units];
            int[] ks = new int[units];
            for (int i = 0; i < units; i++) {
                ms[i] = matched[order[i]];
                ks[i] = inner[order[i]];
            }
            return new Line(lineMembers(r), ms, ks);
        }
    }

    private static int firstCommon(long[] a, long[] b, int from) {
        for (int w = from; w < a.length; w++) {
            long x = a[w] & b[w];
            if (x != 0) return (w << 6) + Long.numberOfTrailingZeros(x);
        }
        return -1;
    }

    private static long[] bits(int[] set, int words) {
        long[] b = new long[words];
        for (int i : set) b[i >>> 6] |= 1L << i;
        return b;
    }

    private static void or(long[] into, long[] b) {
        for (int w = 0; w < into.length; w++) into[w] |= b[w];
    }

    private static long[] and(long[] a, long[] b) {
        long[] o = new long[a.length];
        for (int w = 0; w < a.length; w++) o[w] = a[w] & b[w];
        return o;
    }
}
