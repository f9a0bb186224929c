package org.supcert.io;

import java.util.Arrays;

/**
 * Name, element type and shape of one tensor of a {@link TensorSource}, read from the header only.
 *
 * <p>{@link #rows()} and {@link #cols()} give the matrix view of the package conventions: 1-D is one
 * row, k-D is {@code shape[0] x product(rest)}.
 */
public final class TensorInfo {
    private final String name;
    private final String dtype;
    private final long[] shape;
    private final boolean supported;

    TensorInfo(String name, String dtype, long[] shape, boolean supported) {
        this.name = name;
        this.dtype = dtype;
        this.shape = shape.clone();
        this.supported = supported;
    }

    /** The tensor's name (for .npy and MatrixMarket files: the file name without extension). */
    public String name() { return name; }

    /** The element type as a {@link DType} name, or the file's own spelling when unsupported. */
    public String dtype() { return dtype; }

    /** True when {@link #dtype()} is a {@link DType} the readers decode. */
    public boolean supported() { return supported; }

    /** The shape as stored (a fresh copy). */
    public long[] shape() { return shape.clone(); }

    public int ndim() { return shape.length; }

    /** Number of elements (product of the shape; 1 for a scalar). */
    public long elementCount() {
        long n = 1;
        for (long d : shape) n = multiplySaturated(n, d);
        return n;
    }

    /** Rows of the matrix view. */
    public long rows() { return shape.length < 2 ? 1 : shape[0]; }

    /** Columns of the matrix view. */
    public long cols() {
        if (shape.length == 0) return 1;
        if (shape.length == 1) return shape[0];
        long n = 1;
        for (int k = 1; k < shape.length; k++) n = multiplySaturated(n, shape[k]);
        return n;
    }

    static long multiplySaturated(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        return (hi != 0 || lo < 0) ? Long.MAX_VALUE : lo;
    }

    /** The shape in NumPy's spelling, e.g. {@code (3, 4)} or {@code (5,)}. */
    public String shapeString() {
        if (shape.length == 1) return "(" + shape[0] + ",)";
        StringBuilder sb = new StringBuilder("(");
        for (int k = 0; k < shape.length; k++) {
            if (k > 0) sb.append(", ");
            sb.append(shape[k]);
        }
        return sb.append(')').toString();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof TensorInfo)) return false;
        TensorInfo t = (TensorInfo) o;
        return name.equals(t.name) && dtype.equals(t.dtype) && Arrays.equals(shape, t.shape);
    }

    @Override
    public int hashCode() { return name.hashCode() * 31 + Arrays.hashCode(shape); }

    @Override
    public String toString() { return name + " " + dtype + " " + shapeString(); }
}
