package org.supcert.support;

import java.util.Arrays;

/**
 * A binary support mask: the set of allowed entries of one factor, rows x cols.
 *
 * <p>Immutable. Stored twice, row-compressed and column-compressed, because the verifier reads
 * rank-one supports column by column (R_k) and row by row (C_k), and both must cost O(nnz).
 * Index lists are sorted and duplicate-free.
 */
public final class Mask {
    private final int rows;
    private final int cols;
    private final int[] rowStart; // CSR: row i holds rowIdx[rowStart[i] .. rowStart[i+1])
    private final int[] rowIdx;
    private int[] colStart; // CSC, built on first use: column j holds colIdx[colStart[j] .. colStart[j+1])
    private volatile int[] colIdx; // volatile: published after colStart (double-checked init)
    private volatile int hash;

    private Mask(int rows, int cols, int[] rowStart, int[] rowIdx) {
        this.rows = rows;
        this.cols = cols;
        this.rowStart = rowStart;
        this.rowIdx = rowIdx;
    }

    /** Builds the column-compressed copy once; a factor read only by rows never pays for it. */
    private void ensureColumns() {
        if (colIdx != null) return;
        synchronized (this) {
            if (colIdx != null) return;
            int[] start = new int[cols + 1];
            for (int j : rowIdx) start[j + 1]++;
            for (int j = 0; j < cols; j++) start[j + 1] += start[j];
            int[] idx = new int[rowIdx.length];
            int[] fill = Arrays.copyOf(start, cols);
            for (int i = 0; i < rows; i++) {
                for (int p = rowStart[i]; p < rowStart[i + 1]; p++) idx[fill[rowIdx[p]]++] = i;
            }
            colStart = start;
            colIdx = idx;
        }
    }

    /** Checks a shape against {@link SupportLimits}; the message names the offending dimension. */
    static void checkShape(int rows, int cols) {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("empty mask shape " + rows + " x " + cols);
        }
        if (rows > SupportLimits.MAX_DIMENSION || cols > SupportLimits.MAX_DIMENSION) {
            throw new IllegalArgumentException("mask shape " + rows + " x " + cols
                    + " exceeds the limit of " + SupportLimits.MAX_DIMENSION + " per dimension");
        }
    }

    /** A mask from row strings of '0'/'1' characters, all of the same length. */
    public static Mask fromRowStrings(java.util.List<String> rowStrings) {
        if (rowStrings.isEmpty()) throw new IllegalArgumentException("mask has no rows");
        int cols = rowStrings.get(0).length();
        checkShape(rowStrings.size(), cols);
        Builder b = new Builder(rowStrings.size(), cols);
        for (int i = 0; i < rowStrings.size(); i++) {
            String s = rowStrings.get(i);
            if (s.length() != cols) {
                throw new IllegalArgumentException("row " + i + " has " + s.length()
                        + " entries, row 0 has " + cols + " (ragged rows)");
            }
            for (int j = 0; j < cols; j++) {
                char ch = s.charAt(j);
                if (ch == '1') b.set(i, j);
                else if (ch != '0') {
                    throw new IllegalArgumentException("row " + i + " column " + j + ": character '"
                            + ch + "' is not 0 or 1");
                }
            }
        }
        return b.build();
    }

    /** Incremental construction; entries may come in any order and repeat. */
    public static final class Builder {
        private final int rows;
        private final int cols;
        private int[] r = new int[16];
        private int[] c = new int[16];
        private int n;

        public Builder(int rows, int cols) {
            checkShape(rows, cols);
            this.rows = rows;
            this.cols = cols;
        }

        public Builder set(int i, int j) {
            if (i < 0 || i >= rows || j < 0 || j >= cols) {
                throw new IllegalArgumentException("index (" + i + ", " + j + ") outside the "
                        + rows + " x " + cols + " shape");
            }
            if (n == r.length) {
                if (n >= SupportLimits.MAX_NONZEROS) {
                    throw new IllegalArgumentException("mask has more than "
                            + SupportLimits.MAX_NONZEROS + " non-zeros");
                }
                int cap = (int) Math.min((long) n * 2, SupportLimits.MAX_NONZEROS + 1L);
                r = Arrays.copyOf(r, cap);
                c = Arrays.copyOf(c, cap);
            }
            r[n] = i;
            c[n] = j;
            n++;
            return this;
        }

        public Mask build() {
            int[] start = new int[rows + 1];
            for (int p = 0; p < n; p++) start[r[p] + 1]++;
            for (int i = 0; i < rows; i++) start[i + 1] += start[i];
            int[] idx = new int[n];
            int[] fill = Arrays.copyOf(start, rows);
            for (int p = 0; p < n; p++) idx[fill[r[p]]++] = c[p];
            // sort and deduplicate each row
            int[] outStart = new int[rows + 1];
            int w = 0;
            for (int i = 0; i < rows; i++) {
                Arrays.sort(idx, start[i], start[i + 1]);
                int rowBegin = w;
                for (int p = start[i]; p < start[i + 1]; p++) {
                    if (w == rowBegin || idx[w - 1] != idx[p]) idx[w++] = idx[p];
                }
                outStart[i + 1] = w;
            }
            return new Mask(rows, cols, outStart, Arrays.copyOf(idx, w));
        }
    }

    /**
     * The deformable butterfly support I_a (x) 1_(b x c) (x) I_d, (a*b*d) x (a*c*d): row
     * alpha*b*d + beta*d + delta allows the columns alpha*c*d + gamma*d + delta for every gamma.
     */
    public static Mask kronecker(int a, int b, int c, int d) {
        if (a < 1 || b < 1 || c < 1 || d < 1) {
            throw new IllegalArgumentException("kronecker(" + a + "," + b + "," + c + "," + d + "): parameters must be positive");
        }
        long rows = (long) a * b * d;
        long cols = (long) a * c * d;
        if (rows > SupportLimits.MAX_DIMENSION || cols > SupportLimits.MAX_DIMENSION) {
            throw new IllegalArgumentException("kronecker(" + a + "," + b + "," + c + "," + d + ") is " + rows + " x " + cols
                    + ", over the limit of " + SupportLimits.MAX_DIMENSION + " per dimension");
        }
        if (rows * c > SupportLimits.MAX_NONZEROS) {
            throw new IllegalArgumentException("kronecker(" + a + "," + b + "," + c + "," + d + ") has " + rows * c
                    + " non-zeros, over the limit of " + SupportLimits.MAX_NONZEROS);
        }
        int[] start = new int[(int) rows + 1];
        int[] idx = new int[(int) (rows * c)];
        int w = 0;
        for (int row = 0; row < rows; row++) {
            int alpha = row / (b * d);
            int delta = row % d;
            for (int gamma = 0; gamma < c; gamma++) idx[w++] = alpha * c * d + gamma * d + delta;
            start[row + 1] = w;
        }
        return new Mask((int) rows, (int) cols, start, idx);
    }

    /** A mask from sorted, duplicate-free row lists (trusted: used by generators in this module's clients). */
    public static Mask fromSortedRows(int rows, int cols, int[] rowStart, int[] colIndices) {
        checkShape(rows, cols);
        if (rowStart.length != rows + 1 || rowStart[rows] != colIndices.length) {
            throw new IllegalArgumentException("inconsistent compressed-row arrays");
        }
        for (int i = 0; i < rows; i++) {
            for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
                int j = colIndices[p];
                if (j < 0 || j >= cols || (p > rowStart[i] && colIndices[p - 1] >= j)) {
                    throw new IllegalArgumentException("row " + i + ": column indices not sorted or out of range");
                }
            }
        }
        return new Mask(rows, cols, rowStart.clone(), colIndices.clone());
    }

    public int rows() { return rows; }

    public int cols() { return cols; }

    /** Number of allowed entries. */
    public int nonZeros() { return rowIdx.length; }

    public boolean get(int i, int j) {
        return Arrays.binarySearch(rowIdx, rowStart[i], rowStart[i + 1], j) >= 0;
    }

    /** Sorted column indices allowed in row i (a fresh copy). */
    public int[] row(int i) { return Arrays.copyOfRange(rowIdx, rowStart[i], rowStart[i + 1]); }

    /** Sorted row indices allowed in column j (a fresh copy). */
    public int[] column(int j) {
        ensureColumns();
        return Arrays.copyOfRange(colIdx, colStart[j], colStart[j + 1]);
    }

    public int rowCount(int i) { return rowStart[i + 1] - rowStart[i]; }

    public int columnCount(int j) {
        ensureColumns();
        return colStart[j + 1] - colStart[j];
    }

    public Mask transpose() {
        ensureColumns();
        return new Mask(cols, rows, colStart.clone(), colIdx.clone());
    }

    /** The sub-mask on the given rows and columns, in the order given. */
    public Mask restrict(int[] keepRows, int[] keepCols) {
        int[] colPos = new int[cols];
        Arrays.fill(colPos, -1);
        for (int q = 0; q < keepCols.length; q++) colPos[keepCols[q]] = q;
        Builder b = new Builder(keepRows.length, keepCols.length);
        for (int p = 0; p < keepRows.length; p++) {
            int i = keepRows[p];
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                int q = colPos[rowIdx[k]];
                if (q >= 0) b.set(p, q);
            }
        }
        return b.build();
    }

    /** Boolean product support: entry (i,j) allowed iff some k has this(i,k) and other(k,j). */
    public Mask product(Mask other) {
        if (cols != other.rows) {
            throw new IllegalArgumentException("inner dimensions differ: " + rows + " x " + cols
                    + " times " + other.rows + " x " + other.cols);
        }
        int[] start = new int[rows + 1];
        int[] idx = new int[Math.max(16, rowIdx.length)];
        int[] mark = new int[other.cols];
        Arrays.fill(mark, -1);
        int w = 0;
        int[] scratch = new int[other.cols];
        for (int i = 0; i < rows; i++) {
            int cnt = 0;
            for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
                int k = rowIdx[p];
                for (int q = other.rowStart[k]; q < other.rowStart[k + 1]; q++) {
                    int j = other.rowIdx[q];
                    if (mark[j] != i) {
                        mark[j] = i;
                        scratch[cnt++] = j;
                    }
                }
            }
            Arrays.sort(scratch, 0, cnt);
            if ((long) w + cnt > SupportLimits.MAX_NONZEROS) {
                throw new IllegalArgumentException("product support has more than "
                        + SupportLimits.MAX_NONZEROS + " non-zeros");
            }
            if (w + cnt > idx.length) idx = Arrays.copyOf(idx, Math.max(w + cnt, idx.length * 2));
            System.arraycopy(scratch, 0, idx, w, cnt);
            w += cnt;
            start[i + 1] = w;
        }
        return new Mask(rows, other.cols, start, Arrays.copyOf(idx, w));
    }

    /** True when every row and every column holds exactly one allowed entry. */
    public boolean isPermutationPattern() {
        if (rows != cols || rowIdx.length != rows) return false;
        for (int i = 0; i < rows; i++) if (rowCount(i) != 1) return false;
        for (int j = 0; j < cols; j++) if (columnCount(j) != 1) return false;
        return true;
    }

    /** Row strings of '0'/'1', the format of supcert/v1 files. */
    public java.util.List<String> toRowStrings() {
        java.util.List<String> out = new java.util.ArrayList<>(rows);
        char[] line = new char[cols];
        for (int i = 0; i < rows; i++) {
            Arrays.fill(line, '0');
            for (int p = rowStart[i]; p < rowStart[i + 1]; p++) line[rowIdx[p]] = '1';
            out.add(new String(line));
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof Mask)) return false;
        Mask m = (Mask) o;
        return rows == m.rows && cols == m.cols && Arrays.equals(rowStart, m.rowStart)
                && Arrays.equals(rowIdx, m.rowIdx);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = 31 * (31 * rows + cols) + Arrays.hashCode(rowStart) * 17 + Arrays.hashCode(rowIdx);
            hash = h;
        }
        return h;
    }

    @Override
    public String toString() {
        return "Mask[" + rows + " x " + cols + ", nnz=" + nonZeros() + "]";
    }
}
