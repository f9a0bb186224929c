package org.supcert.io;

/**
 * A complex matrix as read from a file: real and imaginary parts split into two row-major
 * {@code double[]} of the same shape (not interleaved). Arrays are handed over without a copy.
 */
public final class ComplexMatrix {
    private final int rows;
    private final int cols;
    private final double[] re;
    private final double[] im;

    ComplexMatrix(int rows, int cols, double[] re, double[] im) {
        if ((long) rows * cols != re.length || re.length != im.length) {
            throw new IllegalStateException("shape/data mismatch");
        }
        this.rows = rows;
        this.cols = cols;
        this.re = re;
        this.im = im;
    }

    public int rows() { return rows; }

    public int cols() { return cols; }

    /** Real parts, row-major. Not copied. */
    public double[] re() { return re; }

    /** Imaginary parts, row-major. Not copied. */
    public double[] im() { return im; }

    @Override
    public String toString() { return "ComplexMatrix[" + rows + " x " + cols + "]"; }
}
