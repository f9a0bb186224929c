package org.supcert.io;

/**
 * A real matrix as read from a file: row-major {@code double[]} and its shape. The array is the
 * reader's own, handed over without a copy (wrap it, e.g. in EJML's {@code DMatrixRMaj.wrap}).
 */
public final class DenseMatrix {
    private final int rows;
    private final int cols;
    private final double[] data;

    DenseMatrix(int rows, int cols, double[] data) {
        if (rows < 1 || cols < 1 || (long) rows * cols != data.length) {
            throw new IllegalArgumentException("a " + rows + " x " + cols + " matrix cannot hold " + data.length + " entries");
        }
        this.rows = rows;
        this.cols = cols;
        this.data = data;
    }

    /** Wraps row-major data (not copied) of a rows x cols matrix, e.g. to write it with {@link TensorWriter}. */
    public static DenseMatrix of(int rows, int cols, double[] data) {
        return new DenseMatrix(rows, cols, data);
    }

    public int rows() { return rows; }

    public int cols() { return cols; }

    /** Entries in row-major order: (i, j) is {@code data()[i * cols() + j]}. Not copied. */
    public double[] data() { return data; }

    public double get(int i, int j) { return data[i * cols + j]; }

    @Override
    public String toString() { return "DenseMatrix[" + rows + " x " + cols + "]"; }
}
