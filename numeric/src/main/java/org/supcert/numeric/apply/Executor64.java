package org.supcert.numeric.apply;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Runs a {@link Plan} on double data with one set of kernels (scalar or SIMD of one width):
 * single vectors and batches in either {@link BatchLayout}, real or split complex, in place when
 * the plan allows it, large batches split over the cores of the common ForkJoin pool. The other
 * precision's executor is generated from this file (numeric/src/build/GenerateKernels.java). Immutable and
 * thread-safe; the scratch arrays are per thread (ThreadScratch).
 */
final class Executor64 {
    private final Plan plan;
    private final Kernels64 kernels;
    private final int threads;
    // the plan's fields the loops read, held here so they stay plain final fields of this object
    private final List<Stage> stages;
    private final int[] gather;
    private final int[] scatter;
    private final int rows;
    private final int cols;
    private final int maxRows;
    private final boolean needsTemp;

    Executor64(Plan plan, Kernels64 kernels, int threads) {
        this.plan = plan;
        this.kernels = kernels;
        this.threads = threads;
        this.stages = plan.stages;
        this.gather = plan.gather;
        this.scatter = plan.scatter;
        this.rows = plan.rows;
        this.cols = plan.cols;
        this.maxRows = plan.maxRows;
        this.needsTemp = plan.needsTemp;
    }

    /**
     * Checks the arrays of a batch against the plan's shape and returns whether it runs complex
     * (complex input or a complex operator).
     */
    boolean check(double[] xr, double[] xi, double[] yr, double[] yi, int batch, BatchLayout layout) {
        if (batch < 1) throw new IllegalArgumentException("batch must be >= 1, got " + batch);
        if (layout == null) throw new IllegalArgumentException("layout is null");
        if (xr == null || xr.length < (long) cols * batch) {
            throw new IllegalArgumentException("input has " + (xr == null ? 0 : xr.length)
                    + " entries, need cols x batch = " + cols + " x " + batch);
        }
        if (yr == null || yr.length < (long) rows * batch) {
            throw new IllegalArgumentException("output has " + (yr == null ? 0 : yr.length)
                    + " entries, need rows x batch = " + rows + " x " + batch);
        }
        if (xi != null && xi.length < xr.length) {
            throw new IllegalArgumentException("imaginary input shorter than real input");
        }
        boolean cplx = xi != null || plan.complex;
        if (cplx && (yi == null || yi.length < yr.length)) {
            throw new IllegalArgumentException(
                    "a complex result needs an imaginary output array as long as the real one");
        }
        return cplx;
    }

    /** A copy of v with every entry negated (the conjugate of an imaginary part). */
    static double[] negated(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) out[i] = -v[i];
        return out;
    }

    /** Negates the first n entries of v in place. */
    static void negate(double[] v, int n) {
        for (int i = 0; i < n; i++) v[i] = -v[i];
    }

    private int tasks(int batch, boolean cplx) {
        long work = plan.flops * batch * (cplx && !plan.complex ? 2 : 1);
        if (threads == 1 || batch == 1 || work < ApplyTuning.PARALLEL_MIN_FLOPS) return 1;
        return threads;
    }

    /** y = A x on a batch (see ButterflyOperator); xi may be null for real input. */
    void run(double[] xr, double[] xi, double[] yr, double[] yi, int batch, BatchLayout layout) {
        boolean cplx = check(xr, xi, yr, yi, batch, layout);
        if (cplx && xi == null) xi = new double[xr.length];
        boolean parallel = tasks(batch, cplx) > 1;
        if (plan.inPlace && scatter == null && (layout == BatchLayout.BATCH_INNER || batch == 1)) {
            // run in the output itself (rows of `batch` contiguous values); a batch copies and
            // permutes its rows inside the first pass, while they are in cache
            boolean fuse = batch > 1 && xr != yr && (xi == null || xi != yi)
                    && stages.get(0).kind != Stage.Kind.KRON;
            if (!fuse) {
                permuteInto(xr, yr, batch);
                if (cplx) permuteInto(xi, yi, batch);
            }
            stages(yr, yi, null, null, batch, parallel, fuse ? xr : null, fuse ? xi : null);
            return;
        }
        int lanes = kernels.lanes();
        int bw = ApplyTuning.blockWidth(maxRows, batch, lanes, Double.BYTES * (cplx ? 2 : 1));
        int blocks = (batch + bw - 1) / bw;
        int tasks = parallel ? Math.min(threads, blocks) : 1;
        final double[] fxi = xi;
        if (tasks == 1) {
            blocks(xr, fxi, yr, yi, batch, layout, bw, 0, blocks);
        } else {
            IntStream.range(0, tasks).parallel().forEach(t ->
                    blocks(xr, fxi, yr, yi, batch, layout, bw, (int) ((long) blocks * t / tasks),
                            (int) ((long) blocks * (t + 1) / tasks)));
        }
    }

    /** y rows = x rows gathered through the chain permutation (x and y may be the same array). */
    private void permuteInto(double[] x, double[] y, int batch) {
        if (gather == null) {
            if (x != y) System.arraycopy(x, 0, y, 0, cols * batch);
            return;
        }
        double[] src = x == y ? java.util.Arrays.copyOf(x, cols * batch) : x;
        if (batch == 1) {
            for (int i = 0; i < cols; i++) y[i] = src[gather[i]];
        } else {
            for (int i = 0; i < cols; i++) System.arraycopy(src, gather[i] * batch, y, i * batch, batch);
        }
    }

    /** Gathers blocks of bw vectors into a batch-inner scratch, runs all stages there, scatters back. */
    private void blocks(double[] xr, double[] xi, double[] yr, double[] yi, int batch, BatchLayout layout, int bw,
            int fromBlock, int toBlock) {
        int size = maxRows * bw;
        boolean cplx = xi != null;
        double[] s0 = ThreadScratch.doubles(0, size); // every region is written before it is read
        double[] s1 = needsTemp ? ThreadScratch.doubles(1, size) : null;
        double[] s2 = cplx ? ThreadScratch.doubles(2, size) : null;
        double[] s3 = cplx && needsTemp ? ThreadScratch.doubles(3, size) : null;
        for (int blk = fromBlock; blk < toBlock; blk++) {
            int k0 = blk * bw;
            int w = Math.min(bw, batch - k0);
            gather(xr, s0, batch, layout, k0, w);
            if (cplx) gather(xi, s2, batch, layout, k0, w);
            boolean inFirst = stages(s0, s2, s1, s3, w, false, null, null);
            scatter(inFirst ? s0 : s1, yr, batch, layout, k0, w);
            if (cplx) scatter(inFirst ? s2 : s3, yi, batch, layout, k0, w);
        }
    }

    private void gather(double[] x, double[] s, int batch, BatchLayout layout, int k0, int w) {
        if (layout == BatchLayout.BATCH_INNER) {
            for (int i = 0; i < cols; i++) {
                int src = gather == null ? i : gather[i];
                System.arraycopy(x, src * batch + k0, s, i * w, w);
            }
            return;
        }
        // transpose eight vectors at a time: eight sequential read streams, one 64-byte run of the
        // scratch written per row (1.85x faster than a column at a time in tiles, measured)
        int j = 0;
        for (; j + 8 <= w; j += 8) {
            int c0 = (k0 + j) * cols;
            int c1 = c0 + cols;
            int c2 = c1 + cols;
            int c3 = c2 + cols;
            int c4 = c3 + cols;
            int c5 = c4 + cols;
            int c6 = c5 + cols;
            int c7 = c6 + cols;
            for (int i = 0; i < cols; i++) {
                int g = gather == null ? i : gather[i];
                int o = i * w + j;
                s[o] = x[c0 + g];
                s[o + 1] = x[c1 + g];
                s[o + 2] = x[c2 + g];
                s[o + 3] = x[c3 + g];
                s[o + 4] = x[c4 + g];
                s[o + 5] = x[c5 + g];
                s[o + 6] = x[c6 + g];
                s[o + 7] = x[c7 + g];
            }
        }
        for (; j < w; j++) {
            int col = (k0 + j) * cols;
            for (int i = 0; i < cols; i++) s[i * w + j] = x[col + (gather == null ? i : gather[i])];
        }
    }

    private void scatter(double[] s, double[] y, int batch, BatchLayout layout, int k0, int w) {
        if (layout == BatchLayout.BATCH_INNER) {
            for (int i = 0; i < rows; i++) {
                int dst = scatter == null ? i : scatter[i];
                System.arraycopy(s, i * w, y, dst * batch + k0, w);
            }
            return;
        }
        int j = 0; // eight vectors at a time, as in gather
        for (; j + 8 <= w; j += 8) {
            int c0 = (k0 + j) * rows;
            int c1 = c0 + rows;
            int c2 = c1 + rows;
            int c3 = c2 + rows;
            int c4 = c3 + rows;
            int c5 = c4 + rows;
            int c6 = c5 + rows;
            int c7 = c6 + rows;
            for (int i = 0; i < rows; i++) {
                int g = scatter == null ? i : scatter[i];
                int o = i * w + j;
                y[c0 + g] = s[o];
                y[c1 + g] = s[o + 1];
                y[c2 + g] = s[o + 2];
                y[c3 + g] = s[o + 3];
                y[c4 + g] = s[o + 4];
                y[c5 + g] = s[o + 5];
                y[c6 + g] = s[o + 6];
                y[c7 + g] = s[o + 7];
            }
        }
        for (; j < w; j++) {
            int col = (k0 + j) * rows;
            for (int i = 0; i < rows; i++) y[col + (scatter == null ? i : scatter[i])] = s[i * w + j];
        }
    }

    /**
     * Runs all stages on batch-inner rows of width {@code width}; out-of-place stages ping-pong
     * between (r0, i0) and (r1, i1). Runs of in-place stages go in cache-sized passes over cosets
     * of rows, in parallel when asked. Returns true when the result is in (r0, i0).
     */
    private boolean stages(double[] r0, double[] i0, double[] r1, double[] i1, int width, boolean parallel,
            double[] srcR, double[] srcI) {
        boolean first = true;
        List<Stage> steps = plan.stages(width);
        int budget = Passes.budgetRows(width, Double.BYTES * (i0 == null ? 1 : 2));
        for (int from = 0; from < steps.size();) {
            double[] xr = first ? r0 : r1;
            double[] xi = first ? i0 : i1;
            Stage st = steps.get(from);
            double[][] w = st.coefficients64(); // {wr, wi, wr2, wi2}
            if (st.kind == Stage.Kind.BLOCK) {
                int n = st.rowsIn();
                if (xi == null) {
                    kernels.block(w[0], st.as == 0, xr, n);
                } else if (st.isComplex()) {
                    kernels.blockC(w[0], w[1], st.as == 0, xr, xi, n);
                } else {
                    kernels.block(w[0], st.as == 0, xr, n);
                    kernels.block(w[0], st.as == 0, xi, n);
                }
                from++;
                continue;
            }
            if (st.kind == Stage.Kind.KRON) {
                double[] yr = first ? r1 : r0;
                double[] yi = first ? i1 : i0;
                if (xi == null) {
                    kernels.kron(w[0], st.a, st.b, st.c, st.d, xr, yr, width);
                } else if (st.isComplex()) {
                    kernels.kronC(w[0], w[1], st.a, st.b, st.c, st.d, xr, xi, yr, yi, width);
                } else {
                    kernels.kron(w[0], st.a, st.b, st.c, st.d, xr, yr, width);
                    kernels.kron(w[0], st.a, st.b, st.c, st.d, xi, yi, width);
                }
                first = !first;
                from++;
                continue;
            }
            Passes.Pass p = Passes.next(steps, from, budget, width == 1);
            double[] fr = from == 0 ? srcR : null;
            double[] fi = from == 0 ? srcI : null;
            int cosets = st.rowsIn() / p.span() * p.step();
            if (parallel && cosets > 1) {
                IntStream.range(0, cosets).parallel().forEach(c -> coset(steps, p, c, xr, xi, width, fr, fi));
            } else {
                for (int c = 0; c < cosets; c++) coset(steps, p, c, xr, xi, width, fr, fi);
            }
            from = p.to();
        }
        return first;
    }

    /** The in-place stages of pass p on coset c: global rows r + v * step, v < span / step. */
    private void coset(List<Stage> steps, Passes.Pass p, int c, double[] xr, double[] xi, int width, double[] fr,
            double[] fi) {
        int s = p.step();
        int r = c / s * p.span() + c % s;
        int nv = p.span() / s;
        if (fr != null) { // first pass of a batch: bring the coset's rows over from the input
            for (int v = 0; v < nv; v++) {
                int row = r + v * s;
                int src = gather == null ? row : gather[row];
                System.arraycopy(fr, src * width, xr, row * width, width);
                if (xi != null) System.arraycopy(fi, src * width, xi, row * width, width);
            }
        }
        for (int j = p.from(); j < p.to(); j++) stage(steps.get(j), nv, xr, xi, width, r, s);
    }

    /** One in-place stage (PAIR or PAIR2) on the rows r + v * s, v < nv. */
    private void stage(Stage st, int nv, double[] xr, double[] xi, int width, int r, int s) {
        double[][] w = st.coefficients64(); // {wr, wi, wr2, wi2}
        if (st.kind == Stage.Kind.PAIR) {
            if (xi == null) {
                kernels.pair(w[0], st.unit, nv, st.d, st.as, xr, width, r, s);
            } else if (st.isComplex()) {
                kernels.pairC(w[0], w[1], st.unit, nv, st.d, st.as, xr, xi, width, r, s);
            } else {
                kernels.pair(w[0], st.unit, nv, st.d, st.as, xr, width, r, s);
                kernels.pair(w[0], st.unit, nv, st.d, st.as, xi, width, r, s);
            }
        } else if (xi == null) {
            kernels.pair2(w[0], st.unit, st.d, st.as, w[2], st.unit2, st.d2, st.as2, nv, xr, width, r, s);
        } else if (st.isComplex()) {
            kernels.pair2C(w[0], w[1], st.unit, st.d, st.as, w[2], w[3], st.unit2, st.d2, st.as2, nv, xr, xi,
                    width, r, s);
        } else {
            kernels.pair2(w[0], st.unit, st.d, st.as, w[2], st.unit2, st.d2, st.as2, nv, xr, width, r, s);
            kernels.pair2(w[0], st.unit, st.d, st.as, w[2], st.unit2, st.d2, st.as2, nv, xi, width, r, s);
        }
    }
}
