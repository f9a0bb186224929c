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
        if (rows < 1 || cols < 1 || (long) rows * cols != re.length || re.length != im.length) {
            throw new IllegalArgumentException("a " + rows + " x " + cols + " matrix cannot hold " + re.length
                    + " real and " + im.length + " imaginary parts");
        }
        this.rows = rows;
        this.cols = cols;
        this.re = re;
        this.im = im;
    }

    /** Wraps row-major real and imaginary parts (not copied), e.g. to write them with {@link TensorWriter}. */
    public static ComplexMatrix of(int rows, int cols, double[] re, double[] im) {
        return new ComplexMatrix(rows, cols, re, im);
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
