package org.supcert.io;

import java.nio.file.Path;
import java.util.Arrays;
import org.supcert.support.Mask;
import org.supcert.support.SupportLimits;

/**
 * Builds the support of a tensor from its elements in storage order, in O(non-zeros) memory:
 * compressed rows directly for row-major data, compressed rows of the transpose for column-major
 * data, a {@link Mask.Builder} otherwise.
 */
final class SupportCollector implements ElementSink {
    private final Path file;
    private final String tensor;
    private final MatrixLayout layout;
    private final int[] start; // counts per (stored) row, then prefix sums
    private int[] idx = new int[1024];
    private int n;
    private final Mask.Builder builder;
    private boolean binary = true;

    SupportCollector(Path file, String tensor, MatrixLayout layout) {
        this.file = file;
        this.tensor = tensor;
        this.layout = layout;
        switch (layout.order) {
            case ROW_MAJOR: start = new int[layout.rows + 1]; builder = null; break;
            case COLUMN_MAJOR: start = new int[layout.cols + 1]; builder = null; break;
            default: start = null; builder = new Mask.Builder(layout.rows, layout.cols);
        }
    }

    @Override
    public void accept(long k, double re, double im) {
        if (re == 0 && im == 0) return;
        if (re != 1 || im != 0) binary = false;
        if (n >= SupportLimits.MAX_NONZEROS) {
            throw new FormatException(file, tensor, "more than " + SupportLimits.MAX_NONZEROS
                    + " non-zeros, the mask limit");
        }
        if (builder != null) {
            builder.set(layout.row(k), layout.col(k));
            n++;
            return;
        }
        int outer;
        int inner;
        if (layout.order == MatrixLayout.Order.ROW_MAJOR) {
            outer = (int) (k / layout.cols);
            inner = (int) (k - (long) outer * layout.cols);
        } else {
            outer = (int) (k / layout.rows);
            inner = (int) (k - (long) outer * layout.rows);
        }
        if (n == idx.length) {
            idx = Arrays.copyOf(idx, (int) Math.min((long) n + (n >> 1) + 16, SupportLimits.MAX_NONZEROS));
        }
        idx[n++] = inner;
        start[outer + 1]++;
    }

    SupportScan result() {
        if (builder != null) return new SupportScan(builder.build(), binary);
        for (int i = 1; i < start.length; i++) start[i] += start[i - 1];
        int[] cols = Arrays.copyOf(idx, n);
        idx = null;
        if (layout.order == MatrixLayout.Order.ROW_MAJOR) {
            return new SupportScan(Mask.fromSortedRows(layout.rows, layout.cols, start, cols), binary);
        }
        return new SupportScan(Mask.fromSortedRows(layout.cols, layout.rows, start, cols).transpose(), binary);
    }
}
