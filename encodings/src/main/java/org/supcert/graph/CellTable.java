package org.supcert.graph;

import java.util.HashMap;
import java.util.Map;

/**
 * Per-cell facts of one component on its local grid (row types x column types): cov (columns
 * covering the cell, docs/theory.md#section-2), whether the cell lies in T (covered by a complete class,
 * Lemma B), and which non-complete class owns it. Built by enumerating the classes' quotient
 * cells; refused past {@link GraphLimits#MAX_COMPONENT_GRID}.
 */
public final class CellTable {
    /** No non-complete class covers the cell. */
    public static final int NO_OWNER = -1;
    /** Two or more non-complete classes cover the cell. */
    public static final int SHARED = -2;

    private final int rows;
    private final int cols;
    private final int[] cov;
    private final boolean[] inT;
    private final int[] owner; // position of the class in the component, NO_OWNER or SHARED
    private final Map<Integer, long[][]> equalRows = new HashMap<>();

    private CellTable(int rows, int cols) {
        this.rows = rows;
        this.cols = cols;
        int size = rows * cols;
        this.cov = new int[size];
        this.inT = new boolean[size];
        this.owner = new int[size];
        java.util.Arrays.fill(owner, NO_OWNER);
    }

    static CellTable build(Component k) {
        long grid = (long) k.localRowCount() * k.localColCount();
        if (grid > GraphLimits.MAX_COMPONENT_GRID) {
            throw new AnalysisLimitException("component " + k.index() + " spans a " + k.localRowCount()
                    + " x " + k.localColCount() + " grid of twin-row/column types, over the limit of "
                    + GraphLimits.MAX_COMPONENT_GRID + " cells");
        }
        long enumeration = 0;
        for (int p = 0; p < k.classCount(); p++) enumeration += (long) k.localRows(p).length * k.localCols(p).length;
        int words = (k.classCount() + 63) >>> 6;
        long muValues = k.classes().stream().mapToInt(SupportClass::multiplicity).distinct().count();
        long bitsets = grid * words * (muValues + 2);
        if (Math.min(enumeration, bitsets) > GraphLimits.CELL_TABLE_WORK) {
            throw new AnalysisLimitException("component " + k.index() + " needs about "
                    + Math.min(enumeration, bitsets) + " steps to tabulate coverage, over the limit of "
                    + GraphLimits.CELL_TABLE_WORK);
        }
        CellTable t = new CellTable(k.localRowCount(), k.localColCount());
        if (enumeration <= bitsets) t.fillByEnumeration(k);
        else t.fillByBitsets(k, words);
        return t;
    }

    /** Visits every quotient cell of every class: cheap when classes are small or disjoint. */
    private void fillByEnumeration(Component k) {
        for (int p = 0; p < k.classCount(); p++) {
            SupportClass c = k.classes().get(p);
            int mu = c.multiplicity();
            boolean complete = c.isComplete();
            for (int r : k.localRows(p)) {
                int base = r * cols;
                for (int col : k.localCols(p)) {
                    int cell = base + col;
                    cov[cell] += mu;
                    if (complete) inT[cell] = true;
                    else owner[cell] = owner[cell] == NO_OWNER ? p : SHARED;
                }
            }
        }
    }

    /**
     * Intersects, per cell, the bitsets of classes meeting its row and its column: cheap when large
     * classes nest (LU n x n: n^3/3 incidences but only n^2 * n/64 word operations).
     */
    private void fillByBitsets(Component k, int words) {
        long[][] rowBits = new long[rows][words];
        long[][] colBits = new long[cols][words];
        long[] complete = new long[words];
        Map<Integer, long[]> byMu = new java.util.TreeMap<>();
        for (int p = 0; p < k.classCount(); p++) {
            long bit = 1L << p;
            for (int r : k.localRows(p)) rowBits[r][p >>> 6] |= bit;
            for (int c : k.localCols(p)) colBits[c][p >>> 6] |= bit;
            SupportClass cl = k.classes().get(p);
            if (cl.isComplete()) complete[p >>> 6] |= bit;
            byMu.computeIfAbsent(cl.multiplicity(), m -> new long[words])[p >>> 6] |= bit;
        }
        int[] muKeys = byMu.keySet().stream().mapToInt(Integer::intValue).toArray();
        long[][] muMasks = byMu.values().toArray(new long[0][]);
        for (int r = 0; r < rows; r++) {
            long[] rb = rowBits[r];
            for (int c = 0; c < cols; c++) {
                long[] cb = colBits[c];
                int cell = r * cols + c;
                int count = 0;
                int remaining = 0;
                int last = -1;
                boolean t = false;
                for (int w = 0; w < words; w++) {
                    long both = rb[w] & cb[w];
                    if (both == 0) continue;
                    for (int m = 0; m < muKeys.length; m++) count += muKeys[m] * Long.bitCount(both & muMasks[m][w]);
                    t |= (both & complete[w]) != 0;
                    long rem = both & ~complete[w];
                    if (rem != 0) {
                        remaining += Long.bitCount(rem);
                        last = (w << 6) + Long.numberOfTrailingZeros(rem);
                    }
                }
                cov[cell] = count;
                inT[cell] = t;
                owner[cell] = remaining == 0 ? NO_OWNER : remaining == 1 ? last : SHARED;
            }
        }
    }

    public int rows() { return rows; }

    public int cols() { return cols; }

    public int coverage(int r, int c) { return cov[r * cols + c]; }

    /** True when a complete class covers the cell (the cell is in T of Lemma B). */
    public boolean inT(int r, int c) { return inT[r * cols + c]; }

    /** Position (in the component) of the single non-complete class covering the cell, or NO_OWNER / SHARED. */
    public int owner(int r, int c) { return owner[r * cols + c]; }

    /** Bitset over local columns of row r where cov == v (cached per v). */
    public synchronized long[] equalCoverage(int r, int v) {
        long[][] byRow = equalRows.computeIfAbsent(v, x -> new long[rows][]);
        if (byRow[r] == null) {
            long[] bits = new long[(cols + 63) >>> 6];
            int base = r * cols;
            for (int c = 0; c < cols; c++) if (cov[base + c] == v) bits[c >>> 6] |= 1L << c;
            byRow[r] = bits;
        }
        return byRow[r];
    }
}
