package org.supcert.io;

import java.nio.file.Path;
import org.supcert.support.SupportLimits;

/**
 * How the storage order of a tensor maps onto its matrix view (see the package conventions):
 * row-major (C order, or any 0-/1-D array), column-major (a 2-D Fortran array), or general
 * (a Fortran array of more than two dimensions).
 */
final class MatrixLayout {
    enum Order { ROW_MAJOR, COLUMN_MAJOR, GENERAL }

    final int rows;
    final int cols;
    final Order order;
    private final long[] shape;
    private final long[] cStride; // C-order strides of dimensions 1..k-1 inside one row

    private MatrixLayout(int rows, int cols, long[] shape, boolean fortran) {
        this.rows = rows;
        this.cols = cols;
        this.shape = shape;
        if (!fortran || shape.length <= 1) order = Order.ROW_MAJOR;
        else if (shape.length == 2) order = Order.COLUMN_MAJOR;
        else order = Order.GENERAL;
        cStride = new long[shape.length];
        long s = 1;
        for (int m = shape.length - 1; m >= 1; m--) {
            cStride[m] = s;
            s *= shape[m];
        }
    }

    /** The layout for a mask: both dimensions within {@link SupportLimits#MAX_DIMENSION}. */
    static MatrixLayout forMask(Path file, TensorInfo info, boolean fortran) {
        return of(file, info, fortran, false);
    }

    /** The layout for a dense target: at most {@link IoLimits#MAX_DENSE_ELEMENTS} entries. */
    static MatrixLayout forDense(Path file, TensorInfo info, boolean fortran) {
        return of(file, info, fortran, true);
    }

    private static MatrixLayout of(Path file, TensorInfo info, boolean fortran, boolean dense) {
        long r = info.rows();
        long c = info.cols();
        if (r == 0 || c == 0) {
            throw new FormatException(file, info.name(), "shape " + info.shapeString()
                    + " is empty: no matrix to read");
        }
        if (dense) {
            if (TensorInfo.multiplySaturated(r, c) > IoLimits.MAX_DENSE_ELEMENTS) {
                throw new FormatException(file, info.name(), "shape " + info.shapeString() + " has "
                        + TensorInfo.multiplySaturated(r, c) + " entries, more than the dense limit of "
                        + IoLimits.MAX_DENSE_ELEMENTS);
            }
        } else if (r > SupportLimits.MAX_DIMENSION || c > SupportLimits.MAX_DIMENSION) {
            throw new FormatException(file, info.name(), "matrix view " + r + " x " + c + " of shape "
                    + info.shapeString() + " exceeds the mask limit of " + SupportLimits.MAX_DIMENSION
                    + " per dimension");
        }
        return new MatrixLayout((int) r, (int) c, info.shape(), fortran);
    }

    /**
     * The zeroed row-major arrays of a dense read ({re, im}, im null for a real one), refused before
     * allocation when they would not fit the heap that is still free: a small file (an .npz zip bomb,
     * a MatrixMarket header) may declare a matrix of gigabytes, and running out of memory later
     * would be an internal error instead of an input the user can act on.
     */
    double[][] allocate(Path file, String tensor, boolean complex) {
        long bytes = (long) rows * cols * Double.BYTES * (complex ? 2 : 1);
        Runtime rt = Runtime.getRuntime();
        if (bytes > free(rt)) {
            System.gc(); // garbage counts as used until collected; ask once before refusing
            if (bytes > free(rt)) {
                long gib = 1L << 30;
                throw new FormatException(file, tensor, "the dense " + (complex ? "complex " : "") + "matrix of "
                        + rows + " x " + cols + " needs " + bytes + " bytes of heap, but only " + free(rt)
                        + " of " + rt.maxMemory() + " are free; give the JVM more (JAVA_OPTS=-Xmx"
                        + Math.max(2, 2 * ((bytes + gib - 1) / gib)) + "g ./supcert ...)");
            }
        }
        int size = rows * cols;
        return new double[][] {new double[size], complex ? new double[size] : null};
    }

    private static long free(Runtime rt) {
        return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    }

    /** Row of the entry at flat storage index k. */
    int row(long k) {
        switch (order) {
            case ROW_MAJOR: return (int) (k / cols);
            case COLUMN_MAJOR: return (int) (k % rows);
            default: return (int) (k % shape[0]);
        }
    }

    /** Column of the entry at flat storage index k. */
    int col(long k) {
        switch (order) {
            case ROW_MAJOR: return (int) (k % cols);
            case COLUMN_MAJOR: return (int) (k / rows);
            default:
                long rest = k / shape[0]; // Fortran-order index over dimensions 1..k-1
                long c = 0;
                for (int m = 1; m < shape.length; m++) {
                    c += (rest % shape[m]) * cStride[m];
                    rest /= shape[m];
                }
                return (int) c;
        }
    }
}
