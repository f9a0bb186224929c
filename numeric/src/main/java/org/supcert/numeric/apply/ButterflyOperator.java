package org.supcert.numeric.apply;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.supcert.numeric.butterfly.ButterflyChain;
import org.supcert.numeric.butterfly.ButterflyFactor;

/**
 * A butterfly chain A = W_1 ... W_L P compiled for fast application: y = A x in O(N log N) (see
 * docs/theory.md#section-8). Any factor forms I_a (x) 1_(b x c) (x) I_d are accepted (standard butterflies in
 * either order, deformable and rectangular Kronecker forms, Monarch); neighbouring 2 x 2 levels are
 * fused into radix-4 passes. Works in double and float, real and split complex (separate real and
 * imaginary arrays, like the factors).
 *
 * <p>Batches: {@link BatchLayout#BATCH_INNER} is row-major {@code n x batch} (entry i of vector k at
 * {@code i * batch + k}), {@link BatchLayout#COLUMN_MAJOR} stores the vectors one after another
 * (entry i of vector k at {@code k * n + i}), and is transposed block by block into the former,
 * which is the fast layout. Levels run in passes over cache-sized sets of rows, and large batches
 * are split over the cores of the common ForkJoin pool. Input and output may be the same array
 * when the operator is square ("in place").
 *
 * <p>Instances are immutable and thread-safe; the kernels are the SIMD ones when the Vector API
 * module is present, else the scalar reference (see {@link #kernels()}).
 */
public final class ButterflyOperator {
    private final List<ButterflyFactor> factors; // product order W_1 .. W_L
    private final int[] permutation;             // chain permutation or null
    private final boolean transposed;
    private final Kernels kernels;
    private final int threads;

    private final List<Stage> stages;            // application order
    private final SinglePlan single;             // the same for one double vector (BLOCK stages), on first use
    private final int[] gather;                  // input row i is x[gather[i]] (P of the chain)
    private final int[] scatter;                 // output row i goes to y[scatter[i]] (P^T of a transpose)
    private final int rows;
    private final int cols;
    private final int maxRows;
    private final boolean complex;
    private final boolean needsTemp;
    private final boolean inPlace;
    private final long flops;
    private volatile ButterflyOperator transpose;

    private ButterflyOperator(List<ButterflyFactor> factors, int[] permutation, boolean transposed, Kernels kernels,
            int threads) {
        this.factors = factors;
        this.permutation = permutation;
        this.transposed = transposed;
        this.kernels = kernels;
        this.threads = threads;
        List<ButterflyFactor> order = new ArrayList<>(factors);
        if (!transposed) {
            Collections.reverse(order); // W_L acts first
        } else {
            order.replaceAll(Stage::transpose); // A^T = P^T W_L^T .. W_1^T: W_1^T acts first
        }
        this.stages = List.copyOf(Stage.plan(order));
        this.single = new SinglePlan(order);
        this.gather = transposed ? null : permutation;
        this.scatter = transposed ? permutation : null;
        this.cols = stages.get(0).rowsIn();
        this.rows = stages.get(stages.size() - 1).rowsOut();
        int mr = 0;
        boolean temp = false;
        boolean cplx = false;
        long fl = 0;
        for (Stage s : stages) {
            mr = Math.max(mr, Math.max(s.rowsIn(), s.rowsOut()));
            temp |= s.kind == Stage.Kind.KRON;
            cplx |= s.isComplex();
            fl += s.flops();
        }
        this.maxRows = mr;
        this.needsTemp = temp;
        this.complex = cplx;
        this.inPlace = !temp && rows == cols;
        this.flops = fl;
    }

    /** The same compiled operator on other kernels or another thread count (nothing is planned again). */
    private ButterflyOperator(ButterflyOperator base, Kernels kernels, int threads) {
        this.factors = base.factors;
        this.permutation = base.permutation;
        this.transposed = base.transposed;
        this.kernels = kernels;
        this.threads = threads;
        this.stages = base.stages;
        this.single = base.single;
        this.gather = base.gather;
        this.scatter = base.scatter;
        this.rows = base.rows;
        this.cols = base.cols;
        this.maxRows = base.maxRows;
        this.complex = base.complex;
        this.needsTemp = base.needsTemp;
        this.inPlace = base.inPlace;
        this.flops = base.flops;
    }

    /** The single-vector plan, built when a single double vector is first applied; shared by copies. */
    private static final class SinglePlan {
        private final List<ButterflyFactor> order;
        private volatile List<Stage> plan;

        SinglePlan(List<ButterflyFactor> order) {
            this.order = order;
        }

        List<Stage> get() {
            List<Stage> p = plan;
            if (p == null) {
                p = List.copyOf(Stage.planSingle(order));
                plan = p;
            }
            return p;
        }
    }

    /** Compiles a chain with the best available kernels, using all cores for large batches. */
    public static ButterflyOperator of(ButterflyChain chain) {
        return of(chain, Kernels.best());
    }

    static ButterflyOperator of(ButterflyChain chain, Kernels kernels) {
        return new ButterflyOperator(chain.factors(), chain.permutation(), false, kernels,
                Runtime.getRuntime().availableProcessors());
    }

    /** The same operator on the scalar reference kernels (for comparisons and benchmarks). */
    public ButterflyOperator scalar() {
        return new ButterflyOperator(this, Kernels.scalar(), threads);
    }

    /** The same operator using at most {@code threads} threads for a batch (1 = sequential). */
    public ButterflyOperator withThreads(int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        return new ButterflyOperator(this, kernels, threads);
    }

    /** The transposed operator A^T (not conjugated), compiled once. */
    public ButterflyOperator transpose() {
        ButterflyOperator t = transpose;
        if (t == null) {
            t = new ButterflyOperator(factors, permutation, !transposed, kernels, threads);
            transpose = t;
        }
        return t;
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    public boolean isComplex() {
        return complex;
    }

    /** Name of the kernels in use ("simd-512bit", "scalar", ...). */
    public String kernels() {
        return kernels.name();
    }

    /**
     * Flops of one application to one vector: 6 per real 2 x 2 pair and level (2c - 1 per output
     * of a general factor), 24 per complex pair (4 times the real count).
     */
    public long flopsPerVector() {
        return flops;
    }

    /** Number of stages after fusion (for tests and diagnostics). */
    int stageCount() {
        return stages.size();
    }

    private void requireReal() {
        if (complex) throw new IllegalStateException("complex operator: use the split complex apply(xr, xi, yr, yi)");
    }

    private void checkBatch(int xLength, int yLength, int batch, BatchLayout layout) {
        if (batch < 1) throw new IllegalArgumentException("batch must be >= 1, got " + batch);
        if (layout == null) throw new IllegalArgumentException("layout is null");
        if (xLength < (long) cols * batch) {
            throw new IllegalArgumentException("input has " + xLength + " entries, need cols x batch = " + cols + " x "
                    + batch);
        }
        if (yLength < (long) rows * batch) {
            throw new IllegalArgumentException("output has " + yLength + " entries, need rows x batch = " + rows + " x "
                    + batch);
        }
    }

    private int tasks(int batch, boolean cplx) {
        long work = flops * batch * (cplx && !complex ? 2 : 1);
        if (threads == 1 || batch == 1 || work < ApplyTuning.PARALLEL_MIN_FLOPS) return 1;
        return threads;
    }

    // ---------------------------------------------------------------- double engine

    /** Real operator, real vector: y = A x. Returns a new array. */
    public double[] apply(double[] x) {
        double[] y = new double[rows];
        apply(x, y);
        return y;
    }

    /** Real operator, real vector: y = A x; x and y may be the same array when square. */
    public void apply(double[] x, double[] y) {
        requireReal();
        run(x, null, y, null, 1, BatchLayout.BATCH_INNER);
    }

    /** Real operator on a batch of real vectors in the given layout; X and Y may be the same array when square. */
    public void apply(double[] x, double[] y, int batch, BatchLayout layout) {
        requireReal();
        run(x, null, y, null, batch, layout);
    }

    /** y = A x for split complex x and y (a real operator acts on both parts). */
    public void apply(double[] xr, double[] xi, double[] yr, double[] yi) {
        run(xr, xi, yr, yi, 1, BatchLayout.BATCH_INNER);
    }

    /** Batch of split complex vectors; xi may be null for real input. */
    public void apply(double[] xr, double[] xi, double[] yr, double[] yi, int batch, BatchLayout layout) {
        run(xr, xi, yr, yi, batch, layout);
    }

    /** A^T x (plain transpose, not conjugated). */
    public double[] applyTranspose(double[] x) {
        return transpose().apply(x);
    }

    /** A^T applied to a batch, see {@link #apply(double[], double[], int, BatchLayout)}. */
    public void applyTranspose(double[] x, double[] y, int batch, BatchLayout layout) {
        transpose().apply(x, y, batch, layout);
    }

    /**
     * y = A^H x, the conjugate transpose (the adjoint, e.g. for the gradient with respect to the
     * input), on a batch of split complex vectors: conj(A^T conj(x)). x is not modified; for a real
     * operator this is the transpose applied to both parts.
     */
    public void applyAdjoint(double[] xr, double[] xi, double[] yr, double[] yi, int batch, BatchLayout layout) {
        if (xi == null || yi == null) {
            throw new IllegalArgumentException("the adjoint needs imaginary input and output arrays");
        }
        double[] conj = new double[xi.length];
        for (int i = 0; i < conj.length; i++) conj[i] = -xi[i];
        transpose().apply(xr, conj, yr, yi, batch, layout); // checks the shapes
        for (int i = 0; i < cols * batch; i++) yi[i] = -yi[i];
    }

    private void run(double[] xr, double[] xi, double[] yr, double[] yi, int batch, BatchLayout layout) {
        checkBatch(xr == null ? -1 : xr.length, yr == null ? -1 : yr.length, batch, layout);
        if (xi != null && xi.length < xr.length) {
            throw new IllegalArgumentException("imaginary input shorter than real input");
        }
        boolean cplx = xi != null || complex;
        if (cplx && (yi == null || yi.length < yr.length)) {
            throw new IllegalArgumentException(
                    "a complex result needs an imaginary output array as long as the real one");
        }
        if (cplx && xi == null) xi = new double[xr.length];
        boolean parallel = tasks(batch, cplx) > 1;
        if (inPlace && scatter == null && (layout == BatchLayout.BATCH_INNER || batch == 1)) {
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
        int lanes = kernels.doubleLanes();
        int bw = ApplyTuning.blockWidth(maxRows, batch, lanes, cplx ? 16 : 8);
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
        List<Stage> plan = width == 1 ? single.get() : stages;
        int budget = Passes.budgetRows(width, Double.BYTES * (i0 == null ? 1 : 2));
        for (int from = 0; from < plan.size();) {
            double[] xr = first ? r0 : r1;
            double[] xi = first ? i0 : i1;
            Stage st = plan.get(from);
            if (st.kind == Stage.Kind.BLOCK) {
                int n = st.rowsIn();
                if (xi == null) {
                    kernels.block(st.wr, st.as == 0, xr, n);
                } else if (st.isComplex()) {
                    kernels.blockC(st.wr, st.wi, st.as == 0, xr, xi, n);
                } else {
                    kernels.block(st.wr, st.as == 0, xr, n);
                    kernels.block(st.wr, st.as == 0, xi, n);
                }
                from++;
                continue;
            }
            if (st.kind == Stage.Kind.KRON) {
                double[] yr = first ? r1 : r0;
                double[] yi = first ? i1 : i0;
                if (xi == null) {
                    kernels.kron(st.wr, st.a, st.b, st.c, st.d, xr, yr, width);
                } else if (st.isComplex()) {
                    kernels.kronC(st.wr, st.wi, st.a, st.b, st.c, st.d, xr, xi, yr, yi, width);
                } else {
                    kernels.kron(st.wr, st.a, st.b, st.c, st.d, xr, yr, width);
                    kernels.kron(st.wr, st.a, st.b, st.c, st.d, xi, yi, width);
                }
                first = !first;
                from++;
                continue;
            }
            Passes.Pass p = Passes.next(plan, from, budget, width == 1);
            double[] fr = from == 0 ? srcR : null;
            double[] fi = from == 0 ? srcI : null;
            int cosets = st.rowsIn() / p.span() * p.step();
            if (parallel && cosets > 1) {
                IntStream.range(0, cosets).parallel().forEach(c -> coset(plan, p, c, xr, xi, width, fr, fi));
            } else {
                for (int c = 0; c < cosets; c++) coset(plan, p, c, xr, xi, width, fr, fi);
            }
            from = p.to();
        }
        return first;
    }

    /** The in-place stages of pass p on coset c: global rows r + v * step, v < span / step. */
    private void coset(List<Stage> plan, Passes.Pass p, int c, double[] xr, double[] xi, int width, double[] fr,
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
        for (int j = p.from(); j < p.to(); j++) stage(plan.get(j), nv, xr, xi, width, r, s);
    }

    /** One in-place stage (PAIR or PAIR2) on the rows r + v * s, v < nv. */
    private void stage(Stage st, int nv, double[] xr, double[] xi, int width, int r, int s) {
        if (st.kind == Stage.Kind.PAIR) {
            if (xi == null) {
                kernels.pair(st.wr, st.unit, nv, st.d, st.as, xr, width, r, s);
            } else if (st.isComplex()) {
                kernels.pairC(st.wr, st.wi, st.unit, nv, st.d, st.as, xr, xi, width, r, s);
            } else {
                kernels.pair(st.wr, st.unit, nv, st.d, st.as, xr, width, r, s);
                kernels.pair(st.wr, st.unit, nv, st.d, st.as, xi, width, r, s);
            }
        } else if (xi == null) {
            kernels.pair2(st.wr, st.unit, st.d, st.as, st.wr2, st.unit2, st.d2, st.as2, nv, xr, width, r, s);
        } else if (st.isComplex()) {
            kernels.pair2C(st.wr, st.wi, st.unit, st.d, st.as, st.wr2, st.wi2, st.unit2, st.d2, st.as2, nv, xr, xi,
                    width, r, s);
        } else {
            kernels.pair2(st.wr, st.unit, st.d, st.as, st.wr2, st.unit2, st.d2, st.as2, nv, xr, width, r, s);
            kernels.pair2(st.wr, st.unit, st.d, st.as, st.wr2, st.unit2, st.d2, st.as2, nv, xi, width, r, s);
        }
    }

    // ---------------------------------------------------------------- float engine

    /** Real operator, real vector: y = A x. Returns a new array. */
    public float[] apply(float[] x) {
        float[] y = new float[rows];
        apply(x, y);
        return y;
    }

    /** Real operator, real vector: y = A x; x and y may be the same array when square. */
    public void apply(float[] x, float[] y) {
        requireReal();
        run(x, null, y, null, 1, BatchLayout.BATCH_INNER);
    }

    /** Real operator on a batch of real vectors in the given layout; X and Y may be the same array when square. */
    public void apply(float[] x, float[] y, int batch, BatchLayout layout) {
        requireReal();
        run(x, null, y, null, batch, layout);
    }

    /** y = A x for split complex x and y (a real operator acts on both parts). */
    public void apply(float[] xr, float[] xi, float[] yr, float[] yi) {
        run(xr, xi, yr, yi, 1, BatchLayout.BATCH_INNER);
    }

    /** Batch of split complex vectors; xi may be null for real input. */
    public void apply(float[] xr, float[] xi, float[] yr, float[] yi, int batch, BatchLayout layout) {
        run(xr, xi, yr, yi, batch, layout);
    }

    /** A^T x (plain transpose, not conjugated). */
    public float[] applyTranspose(float[] x) {
        return transpose().apply(x);
    }

    /** A^T applied to a batch, see {@link #apply(float[], float[], int, BatchLayout)}. */
    public void applyTranspose(float[] x, float[] y, int batch, BatchLayout layout) {
        transpose().apply(x, y, batch, layout);
    }

    /** y = A^H x in float, see {@link #applyAdjoint(double[], double[], double[], double[], int, BatchLayout)}. */
    public void applyAdjoint(float[] xr, float[] xi, float[] yr, float[] yi, int batch, BatchLayout layout) {
        if (xi == null || yi == null) {
            throw new IllegalArgumentException("the adjoint needs imaginary input and output arrays");
        }
        float[] conj = new float[xi.length];
        for (int i = 0; i < conj.length; i++) conj[i] = -xi[i];
        transpose().apply(xr, conj, yr, yi, batch, layout); // checks the shapes
        for (int i = 0; i < cols * batch; i++) yi[i] = -yi[i];
    }

    private void run(float[] xr, float[] xi, float[] yr, float[] yi, int batch, BatchLayout layout) {
        checkBatch(xr == null ? -1 : xr.length, yr == null ? -1 : yr.length, batch, layout);
        if (xi != null && xi.length < xr.length) {
            throw new IllegalArgumentException("imaginary input shorter than real input");
        }
        boolean cplx = xi != null || complex;
        if (cplx && (yi == null || yi.length < yr.length)) {
            throw new IllegalArgumentException(
                    "a complex result needs an imaginary output array as long as the real one");
        }
        if (cplx && xi == null) xi = new float[xr.length];
        if (batch == 1) { // the float kernels have no single-vector plan (block stages): run it in double
            singleInDouble(xr, xi, yr, yi, cplx);
            return;
        }
        boolean parallel = tasks(batch, cplx) > 1;
        if (inPlace && scatter == null && (layout == BatchLayout.BATCH_INNER || batch == 1)) {
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
        int lanes = kernels.floatLanes();
        int bw = ApplyTuning.blockWidth(maxRows, batch, lanes, cplx ? 8 : 4);
        int blocks = (batch + bw - 1) / bw;
        int tasks = parallel ? Math.min(threads, blocks) : 1;
        final float[] fxi = xi;
        if (tasks == 1) {
            blocks(xr, fxi, yr, yi, batch, layout, bw, 0, blocks);
        } else {
            IntStream.range(0, tasks).parallel().forEach(t ->
                    blocks(xr, fxi, yr, yi, batch, layout, bw, (int) ((long) blocks * t / tasks),
                            (int) ((long) blocks * (t + 1) / tasks)));
        }
    }

    /**
     * One float vector through the double single-vector plan, rounded back to float, in this
     * thread's scratch (slots 4-7 of ThreadScratch; the blocks of the double run use 0-3). Each
     * imaginary part is asked for at its real part's length, which the run's shape checks require.
     */
    private void singleInDouble(float[] xr, float[] xi, float[] yr, float[] yi, boolean cplx) {
        double[] dr = ThreadScratch.doubles(4, cols);
        double[] di = cplx ? ThreadScratch.doubles(5, dr.length) : null;
        double[] er = ThreadScratch.doubles(6, rows);
        double[] ei = cplx ? ThreadScratch.doubles(7, er.length) : null;
        toDouble(xr, dr, cols);
        if (cplx) toDouble(xi, di, cols);
        run(dr, di, er, ei, 1, BatchLayout.BATCH_INNER);
        toFloat(er, yr, rows);
        if (cplx) toFloat(ei, yi, rows);
    }

    private static void toDouble(float[] v, double[] into, int n) {
        for (int i = 0; i < n; i++) into[i] = v[i];
    }

    private static void toFloat(double[] v, float[] into, int n) {
        for (int i = 0; i < n; i++) into[i] = (float) v[i];
    }

    /** y rows = x rows gathered through the chain permutation (x and y may be the same array). */
    private void permuteInto(float[] x, float[] y, int batch) {
        if (gather == null) {
            if (x != y) System.arraycopy(x, 0, y, 0, cols * batch);
            return;
        }
        float[] src = x == y ? java.util.Arrays.copyOf(x, cols * batch) : x;
        if (batch == 1) {
            for (int i = 0; i < cols; i++) y[i] = src[gather[i]];
        } else {
            for (int i = 0; i < cols; i++) System.arraycopy(src, gather[i] * batch, y, i * batch, batch);
        }
    }

    /** Gathers blocks of bw vectors into a batch-inner scratch, runs all stages there, scatters back. */
    private void blocks(float[] xr, float[] xi, float[] yr, float[] yi, int batch, BatchLayout layout, int bw,
            int fromBlock, int toBlock) {
        int size = maxRows * bw;
        boolean cplx = xi != null;
        float[] s0 = ThreadScratch.floats(0, size); // every region is written before it is read
        float[] s1 = needsTemp ? ThreadScratch.floats(1, size) : null;
        float[] s2 = cplx ? ThreadScratch.floats(2, size) : null;
        float[] s3 = cplx && needsTemp ? ThreadScratch.floats(3, size) : null;
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

    private void gather(float[] x, float[] s, int batch, BatchLayout layout, int k0, int w) {
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

    private void scatter(float[] s, float[] y, int batch, BatchLayout layout, int k0, int w) {
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
    private boolean stages(float[] r0, float[] i0, float[] r1, float[] i1, int width, boolean parallel, float[] srcR,
            float[] srcI) {
        boolean first = true;
        int budget = Passes.budgetRows(width, Float.BYTES * (i0 == null ? 1 : 2));
        for (int from = 0; from < stages.size();) {
            float[] xr = first ? r0 : r1;
            float[] xi = first ? i0 : i1;
            Stage st = stages.get(from);
            if (st.kind == Stage.Kind.KRON) {
                float[] yr = first ? r1 : r0;
                float[] yi = first ? i1 : i0;
                if (xi == null) {
                    kernels.kron(st.floats()[0], st.a, st.b, st.c, st.d, xr, yr, width);
                } else if (st.isComplex()) {
                    kernels.kronC(st.floats()[0], st.floats()[1], st.a, st.b, st.c, st.d, xr, xi, yr, yi, width);
                } else {
                    kernels.kron(st.floats()[0], st.a, st.b, st.c, st.d, xr, yr, width);
                    kernels.kron(st.floats()[0], st.a, st.b, st.c, st.d, xi, yi, width);
                }
                first = !first;
                from++;
                continue;
            }
            Passes.Pass p = Passes.next(stages, from, budget, width == 1);
            float[] fr = from == 0 ? srcR : null;
            float[] fi = from == 0 ? srcI : null;
            int cosets = st.rowsIn() / p.span() * p.step();
            if (parallel && cosets > 1) {
                IntStream.range(0, cosets).parallel().forEach(c -> coset(p, c, xr, xi, width, fr, fi));
            } else {
                for (int c = 0; c < cosets; c++) coset(p, c, xr, xi, width, fr, fi);
            }
            from = p.to();
        }
        return first;
    }

    /** The in-place stages of pass p on coset c: global rows r + v * step, v < span / step. */
    private void coset(Passes.Pass p, int c, float[] xr, float[] xi, int width, float[] fr,
            float[] fi) {
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
        for (int j = p.from(); j < p.to(); j++) stage(stages.get(j), nv, xr, xi, width, r, s);
    }

    /** One in-place stage (PAIR or PAIR2) on the rows r + v * s, v < nv. */
    private void stage(Stage st, int nv, float[] xr, float[] xi, int width, int r, int s) {
        float[][] f = st.floats(); // {wr, wi, wr2, wi2}
        if (st.kind == Stage.Kind.PAIR) {
            if (xi == null) {
                kernels.pair(f[0], st.unit, nv, st.d, st.as, xr, width, r, s);
            } else if (st.isComplex()) {
                kernels.pairC(f[0], f[1], nv, st.d, st.as, xr, xi, width, r, s);
            } else {
                kernels.pair(f[0], st.unit, nv, st.d, st.as, xr, width, r, s);
                kernels.pair(f[0], st.unit, nv, st.d, st.as, xi, width, r, s);
            }
        } else if (xi == null) {
            kernels.pair2(f[0], st.unit, st.d, st.as, f[2], st.unit2, st.d2, st.as2, nv, xr, width, r, s);
        } else if (st.isComplex()) {
            kernels.pair2C(f[0], f[1], st.d, st.as, f[2], f[3], st.d2, st.as2, nv, xr, xi, width, r, s);
        } else {
            kernels.pair2(f[0], st.unit, st.d, st.as, f[2], st.unit2, st.d2, st.as2, nv, xr, width, r, s);
            kernels.pair2(f[0], st.unit, st.d, st.as, f[2], st.unit2, st.d2, st.as2, nv, xi, width, r, s);
        }
    }
}
