package org.supcert.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One connected component K of the overlap graph (docs/theory.md#decomposition), seen on the twin quotient:
 * "local rows" are the row types met by the component's classes (a row type stands for its twin
 * group of product rows, {@link #rowWeight}), likewise "local columns".
 */
public final class Component {
    private final int index;
    private final List<SupportClass> classes;
    private final TwinQuotient quotient;
    private final int[] rowTypes;
    private final int[] colTypes;
    private final int[][] localRows;
    private final int[][] localCols;
    private CellTable cells;

    /**
     * @param scratch  two reusable position arrays (row types, column types), grown on demand and
     *                 shared by the components of one decomposition: mapping a class's types to
     *                 local indices by lookup instead of binary search (16,384 classes of 2,048
     *                 types each on the 4096 x 16384 x 4096 pair: 400 of 2,700 profile samples)
     */
    Component(int index, RankOneSupports supports, TwinQuotient q, int[] classIds, int[][] scratch) {
        this.index = index;
        this.quotient = q;
        List<SupportClass> cls = new ArrayList<>(classIds.length);
        for (int c : classIds) cls.add(supports.classes().get(c));
        this.classes = List.copyOf(cls);
        this.rowTypes = union(q.classRowTypes, classIds);
        this.colTypes = union(q.classColTypes, classIds);
        this.localRows = new int[classIds.length][];
        this.localCols = new int[classIds.length][];
        int[] rowAt = positions(scratch, 0, rowTypes);
        int[] colAt = positions(scratch, 1, colTypes);
        for (int p = 0; p < classIds.length; p++) {
            localRows[p] = toLocal(q.classRowTypes[classIds[p]], rowTypes, rowAt);
            localCols[p] = toLocal(q.classColTypes[classIds[p]], colTypes, colAt);
        }
    }

    private static int[] union(int[][] sets, int[] ids) {
        if (ids.length == 1) return sets[ids[0]];
        java.util.BitSet seen = new java.util.BitSet();
        for (int c : ids) for (int t : sets[c]) seen.set(t);
        return seen.stream().toArray();
    }

    /** Local index of every type of the (ascending) universe, in scratch[slot] (grown on demand). */
    private static int[] positions(int[][] scratch, int slot, int[] universe) {
        if (universe.length == 0) return null;
        int size = universe[universe.length - 1] + 1;
        if (scratch[slot] == null || scratch[slot].length < size) scratch[slot] = new int[Math.max(size, 16)];
        int[] at = scratch[slot];
        for (int p = 0; p < universe.length; p++) at[universe[p]] = p;
        return at;
    }

    private static int[] toLocal(int[] types, int[] universe, int[] at) {
        int[] out = new int[types.length];
        if (types == universe) {
            for (int p = 0; p < types.length; p++) out[p] = p;
        } else {
            for (int p = 0; p < types.length; p++) out[p] = at[types[p]];
        }
        return out;
    }

    /** Position of this component in {@link Decomposition#components()}. */
    public int index() { return index; }

    /** The classes of the component, by class id. */
    public List<SupportClass> classes() { return classes; }

    public int classCount() { return classes.size(); }

    /** Local rows (row types) of the component. */
    public int localRowCount() { return rowTypes.length; }

    public int localColCount() { return colTypes.length; }

    /** R_c of the p-th class as sorted local rows. */
    public int[] localRows(int p) { return localRows[p]; }

    /** C_c of the p-th class as sorted local columns. */
    public int[] localCols(int p) { return localCols[p]; }

    /** Number of product rows in the twin group of a local row. */
    public int rowWeight(int localRow) { return quotient.rows.members[rowTypes[localRow]].length; }

    public int colWeight(int localCol) { return quotient.cols.members[colTypes[localCol]].length; }

    /** Product rows of a local row (its twin group), ascending. */
    public int[] rowsOf(int localRow) { return quotient.rows.members[rowTypes[localRow]].clone(); }

    public int[] colsOf(int localCol) { return quotient.cols.members[colTypes[localCol]].clone(); }

    /** Number of product rows touched (sum of the twin-group sizes). */
    public int rowCount() {
        int n = 0;
        for (int t : rowTypes) n += quotient.rows.members[t].length;
        return n;
    }

    /** Number of product columns touched. */
    public int colCount() {
        int n = 0;
        for (int t : colTypes) n += quotient.cols.members[t].length;
        return n;
    }

    /** All product rows touched by the component, ascending. */
    public int[] rows() { return expand(quotient.rows, rowTypes); }

    /** All product columns touched by the component, ascending. */
    public int[] cols() { return expand(quotient.cols, colTypes); }

    private static int[] expand(TwinQuotient.Side side, int[] types) {
        return Arrays.stream(types).flatMap(t -> Arrays.stream(side.members[t])).sorted().toArray();
    }

    /** Total number of inner columns (sum of multiplicities). */
    public int innerColumns() {
        return classes.stream().mapToInt(SupportClass::multiplicity).sum();
    }

    /** The coverage table on the local grid, built on first use. */
    public synchronized CellTable cells() {
        if (cells == null) cells = CellTable.build(this);
        return cells;
    }

    @Override
    public String toString() {
        return "component " + index + " (" + classes.size() + " classes, " + rowTypes.length + "x"
                + colTypes.length + " local grid)";
    }
}
