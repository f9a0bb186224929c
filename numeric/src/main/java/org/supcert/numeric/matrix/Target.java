package org.supcert.numeric.matrix;

import java.util.stream.IntStream;
import org.ejml.data.DMatrixRMaj;
import org.ejml.data.ZMatrixRMaj;

/**
 * A dense target matrix, real or complex, rows x cols, stored row-major with split real and
 * imaginary parts: entry (i, j) is {@code re[i*cols + j] + i*im[i*cols + j]}; {@code im} is null for
 * a real target. Split storage is the layout of {@link org.supcert.numeric.butterfly.ButterflyFactor}
 * (a dense matrix is the factor form a = 1, b = rows, c = cols, d = 1), so the butterfly factorization
 * reads a target without copying it. {@link #of(DMatrixRMaj)} / {@link #toReal()} and
 * {@link #of(ZMatrixRMaj)} / {@link #toComplex()} convert to and from EJML.
 *
 * <p>The arrays are shared, not copied: a target is a view handed over by its producer.
 */
public final class Target {
    private final int rows;
    private final int cols;
    private final double[] re;
    private final double[] im;

    private Target(int rows, int cols, double[] re, double[] im) {
        if (rows < 1 || cols < 1) throw new IllegalArgumentException("empty target shape " + rows + " x " + cols);
        long size = (long) rows * cols;
        if (re.length != size || (im != null && im.length != size)) {
            throw new IllegalArgumentException("target " + rows + " x " + cols + " needs " + size
                    + " values, got " + re.length);
        }
        this.rows = rows;
        this.cols = cols;
        this.re = re;
        this.im = im;
    }

    /** A real target over the given row-major array (used, not copied). */
    public static Target real(int rows, int cols, double[] re) {
        return new Target(rows, cols, re, null);
    }

    /** A complex target over the given row-major split arrays (used, not copied). */
    public static Target complex(int rows, int cols, double[] re, double[] im) {
        if (im == null) throw new IllegalArgumentException("complex target needs an imaginary part");
        return new Target(rows, cols, re, im);
    }

    /** A copy of an EJML real matrix. */
    public static Target of(DMatrixRMaj m) {
        return real(m.numRows, m.numCols, java.util.Arrays.copyOf(m.data, m.numRows * m.numCols));
    }

    /** A copy of an EJML complex matrix (interleaved there, split here). */
    public static Target of(ZMatrixRMaj m) {
        int n = m.numRows * m.numCols;
        double[] re = new double[n];
        double[] im = new double[n];
        for (int p = 0; p < n; p++) {
            re[p] = m.data[2 * p];
            im[p] = m.data[2 * p + 1];
        }
        return complex(m.numRows, m.numCols, re, im);
    }

    public int rows() { return rows; }

    public int cols() { return cols; }

    public boolean isComplex() { return im != null; }

    /** Real parts, row-major (the backing array). */
    public double[] re() { return re; }

    /** Imaginary parts, row-major, or null for a real target (the backing array). */
    public double[] im() { return im; }

    /** A copy as an EJML real matrix; throws for a complex target. */
    public DMatrixRMaj toReal() {
        if (im != null) throw new IllegalArgumentException("target is complex, a real matrix was expected");
        return new DMatrixRMaj(rows, cols, true, re);
    }

    /** A copy as an EJML complex matrix (imaginary parts 0 for a real target). */
    public ZMatrixRMaj toComplex() {
        ZMatrixRMaj z = new ZMatrixRMaj(rows, cols);
        for (int p = 0; p < re.length; p++) {
            z.data[2 * p] = re[p];
            z.data[2 * p + 1] = im == null ? 0 : im[p];
        }
        return z;
    }

    /** ||A||_F^2. */
    public double frobeniusNormSquared() {
        double s = 0;
        for (double x : re) s += x * x;
        if (im != null) for (double x : im) s += x * x;
        return s;
    }

    /**
     * Throws IllegalArgumentException naming the first NaN or infinite entry.
     *
     * @param what how the caller names this target in the message (a file name or a spec)
     */
    public Target requireFinite(String what) {
        if (allFinite(re) && (im == null || allFinite(im))) return this;
        for (int p = 0; p < re.length; p++) {
            if (!Double.isFinite(re[p]) || (im != null && !Double.isFinite(im[p]))) {
                throw new IllegalArgumentException(what + ": entry (" + p / cols + ", " + p % cols + ") is "
                        + (Double.isFinite(re[p]) ? im[p] : re[p]) + ", targets must be finite");
            }
        }
        return this;
    }

    /** Arrays at least this long are checked in parallel, in chunks of this length. */
    private static final int FINITE_CHUNK = 1 << 18;

    /**
     * True when every entry is finite. x * 0 is NaN exactly when x is NaN or infinite, so a chunk's
     * sum of them is 0 (or -0) exactly when all its entries are finite: a loop without branches that
     * the first JIT tier runs fast, where the per-entry test took a tenth of a cold Hadamard 4096
     * factorization's main thread. The entry named in the message is found by the plain scan.
     */
    private static boolean allFinite(double[] x) {
        int chunks = (x.length + FINITE_CHUNK - 1) / FINITE_CHUNK;
        IntStream range = IntStream.range(0, chunks);
        if (chunks > 1) range = range.parallel();
        return range.allMatch(c -> {
            double s = 0;
            for (int p = c * FINITE_CHUNK, end = Math.min(x.length, p + FINITE_CHUNK); p < end; p++) s += x[p] * 0;
            return s == 0;
        });
    }

    /**
     * The target with permuted columns, B[:, i] = A[:, perm[i]] (so A = B P with (P x)[i] = x[perm[i]],
     * the convention of {@link org.supcert.numeric.butterfly.ButterflyChain}).
     */
    public Target permuteColumns(int[] perm) {
        if (perm.length != cols) throw new IllegalArgumentException("permutation of length " + perm.length
                + " for a target with " + cols + " columns");
        double[] r = new double[re.length];
        double[] m = im == null ? null : new double[re.length];
        for (int i = 0; i < rows; i++) {
            int off = i * cols;
            for (int j = 0; j < cols; j++) {
                r[off + j] = re[off + perm[j]];
                if (m != null) m[off + j] = im[off + perm[j]];
            }
        }
        return new Target(rows, cols, r, m);
    }

    @Override
    public String toString() {
        return "Target[" + rows + " x " + cols + (im != null ? ", complex" : ", real") + "]";
    }
}
