package org.supcert.io;

import java.nio.file.Path;

/** Writes elements in storage order into row-major arrays, refusing NaN and infinities. */
final class DenseCollector implements ElementSink {
    private final Path file;
    private final String tensor;
    private final MatrixLayout layout;
    final double[] re;
    final double[] im; // null for a real target

    DenseCollector(Path file, String tensor, MatrixLayout layout, boolean complex) {
        this.file = file;
        this.tensor = tensor;
        this.layout = layout;
        double[][] parts = layout.allocate(file, tensor, complex);
        re = parts[0];
        im = parts[1];
    }

    @Override
    public void accept(long k, double x, double y) {
        int i = layout.row(k);
        int j = layout.col(k);
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new FormatException(file, tensor, "entry (" + i + ", " + j + ") is "
                    + (Double.isFinite(x) ? y : x) + "; targets must be finite");
        }
        int p = i * layout.cols + j;
        re[p] = x;
        if (im != null) im[p] = y;
    }
}
