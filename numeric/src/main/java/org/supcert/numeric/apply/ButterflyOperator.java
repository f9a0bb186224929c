package org.supcert.numeric.apply;

import org.supcert.numeric.butterfly.ButterflyChain;

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
 * module is present, else the scalar reference (see {@link #kernels()}). This class only checks
 * and dispatches: a {@link Plan} holds the compiled stages, and an executor per precision
 * (Executor64 and the generated Executor32) runs them on the chosen kernels.
 */
public final class ButterflyOperator {
    private final Plan plan;
    private final Kernels kernels;
    private final int threads;
    private final Executor64 f64;
    private final Executor32 f32;
    private volatile ButterflyOperator transpose;

    private ButterflyOperator(Plan plan, Kernels kernels, int threads) {
        this.plan = plan;
        this.kernels = kernels;
        this.threads = threads;
        this.f64 = new Executor64(plan, kernels.f64(), threads);
        this.f32 = new Executor32(plan, kernels.f32(), threads);
    }

    /** Compiles a chain with the best available kernels, using all cores for large batches. */
    public static ButterflyOperator of(ButterflyChain chain) {
        return of(chain, Kernels.best());
    }

    static ButterflyOperator of(ButterflyChain chain, Kernels kernels) {
        return new ButterflyOperator(new Plan(chain.factors(), chain.permutation(), false), kernels,
                Runtime.getRuntime().availableProcessors());
    }

    /** The same operator on the scalar reference kernels (for comparisons and benchmarks). */
    public ButterflyOperator scalar() {
        return new ButterflyOperator(plan, Kernels.scalar(), threads);
    }

    /** The same operator using at most {@code threads} threads for a batch (1 = sequential). */
    public ButterflyOperator withThreads(int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        return new ButterflyOperator(plan, kernels, threads);
    }

    /** The transposed operator A^T (not conjugated), compiled once. */
    public ButterflyOperator transpose() {
        ButterflyOperator t = transpose;
        if (t == null) {
            t = new ButterflyOperator(plan.transpose(), kernels, threads);
            transpose = t;
        }
        return t;
    }

    public int rows() {
        return plan.rows;
    }

    public int cols() {
        return plan.cols;
    }

    public boolean isComplex() {
        return plan.complex;
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
        return plan.flops;
    }

    /** Number of stages after fusion (for tests and diagnostics). */
    int stageCount() {
        return plan.stages.size();
    }

    private void requireReal() {
        if (plan.complex) {
            throw new IllegalStateException("complex operator: use the split complex apply(xr, xi, yr, yi)");
        }
    }

    private static void requireImaginary(Object xi, Object yi) {
        if (xi == null || yi == null) {
            throw new IllegalArgumentException("the adjoint needs imaginary input and output arrays");
        }
    }

    // Each operation in double, then in float: Java has no generics over primitive arrays.

    /** Real operator, real vector: y = A x. Returns a new array. */
    public double[] apply(double[] x) {
        double[] y = new double[plan.rows];
        apply(x, y);
        return y;
    }

    /** Real operator, real vector: y = A x. Returns a new array. */
    public float[] apply(float[] x) {
        float[] y = new float[plan.rows];
        apply(x, y);
        return y;
    }

    /** Real operator, real vector: y = A x; x and y may be the same array when square. */
    public void apply(double[] x, double[] y) {
        requireReal();
        f64.run(x, null, y, null, 1, BatchLayout.BATCH_INNER);
    }

    /** Real operator, real vector: y = A x; x and y may be the same array when square. */
    public void apply(float[] x, float[] y) {
        requireReal();
        run(x, null, y, null, 1, BatchLayout.BATCH_INNER);
    }

    /** Real operator on a batch of real vectors in the given layout; X and Y may be the same array when square. */
    public void apply(double[] x, double[] y, int batch, BatchLayout layout) {
        requireReal();
        f64.run(x, null, y, null, batch, layout);
    }

    /** Real operator on a batch of real vectors in the given layout; X and Y may be the same array when square. */
    public void apply(float[] x, float[] y, int batch, BatchLayout layout) {
        requireReal();
        run(x, null, y, null, batch, layout);
    }

    /** y = A x for split complex x and y (a real operator acts on both parts). */
    public void apply(double[] xr, double[] xi, double[] yr, double[] yi) {
        f64.run(xr, xi, yr, yi, 1, BatchLayout.BATCH_INNER);
    }

    /** y = A x for split complex x and y (a real operator acts on both parts). */
    public void apply(float[] xr, float[] xi, float[] yr, float[] yi) {
        run(xr, xi, yr, yi, 1, BatchLayout.BATCH_INNER);
    }

    /** Batch of split complex vectors; xi may be null for real input. */
    public void apply(double[] xr, double[] xi, double[] yr, double[] yi, int batch, BatchLayout layout) {
        f64.run(xr, xi, yr, yi, batch, layout);
    }

    /** Batch of split complex vectors; xi may be null for real input. */
    public void apply(float[] xr, float[] xi, float[] yr, float[] yi, int batch, BatchLayout layout) {
        run(xr, xi, yr, yi, batch, layout);
    }

    /** A^T x (plain transpose, not conjugated). */
    public double[] applyTranspose(double[] x) {
        return transpose().apply(x);
    }

    /** A^T x (plain transpose, not conjugated). */
    public float[] applyTranspose(float[] x) {
        return transpose().apply(x);
    }

    /** A^T applied to a batch, see {@link #apply(double[], double[], int, BatchLayout)}. */
    public void applyTranspose(double[] x, double[] y, int batch, BatchLayout layout) {
        transpose().apply(x, y, batch, layout);
    }

    /** A^T applied to a batch, see {@link #apply(float[], float[], int, BatchLayout)}. */
    public void applyTranspose(float[] x, float[] y, int batch, BatchLayout layout) {
        transpose().apply(x, y, batch, layout);
    }

    /**
     * y = A^H x, the conjugate transpose (the adjoint, e.g. for the gradient with respect to the
     * input), on a batch of split complex vectors: conj(A^T conj(x)). x is not modified; for a real
     * operator this is the transpose applied to both parts.
     */
    public void applyAdjoint(double[] xr, double[] xi, double[] yr, double[] yi, int batch, BatchLayout layout) {
        requireImaginary(xi, yi);
        transpose().f64.run(xr, Executor64.negated(xi), yr, yi, batch, layout); // checks the shapes
        Executor64.negate(yi, plan.cols * batch);
    }

    /** y = A^H x in float, see {@link #applyAdjoint(double[], double[], double[], double[], int, BatchLayout)}. */
    public void applyAdjoint(float[] xr, float[] xi, float[] yr, float[] yi, int batch, BatchLayout layout) {
        requireImaginary(xi, yi);
        transpose().run(xr, Executor32.negated(xi), yr, yi, batch, layout); // checks the shapes
        Executor32.negate(yi, plan.cols * batch);
    }

    /** A float batch; a single float vector runs through the double single-vector plan. */
    private void run(float[] xr, float[] xi, float[] yr, float[] yi, int batch, BatchLayout layout) {
        if (batch == 1) {
            singleInDouble(xr, xi, yr, yi, f32.check(xr, xi, yr, yi, batch, layout));
        } else {
            f32.run(xr, xi, yr, yi, batch, layout);
        }
    }

    /**
     * One float vector through the double single-vector plan (its BLOCK stages suit one vector
     * better than the float kernels do), rounded back to float, in this thread's scratch (slots 4-7
     * of ThreadScratch; the blocks of the double run use 0-3). Each imaginary part is asked for at
     * its real part's length, which the run's shape checks require.
     */
    private void singleInDouble(float[] xr, float[] xi, float[] yr, float[] yi, boolean cplx) {
        int cols = plan.cols;
        int rows = plan.rows;
        double[] dr = ThreadScratch.doubles(4, cols);
        double[] di = cplx ? ThreadScratch.doubles(5, dr.length) : null;
        double[] er = ThreadScratch.doubles(6, rows);
        double[] ei = cplx ? ThreadScratch.doubles(7, er.length) : null;
        for (int i = 0; i < cols; i++) dr[i] = xr[i];
        if (cplx) {
            for (int i = 0; i < cols; i++) di[i] = xi == null ? 0 : xi[i];
        }
        f64.run(dr, di, er, ei, 1, BatchLayout.BATCH_INNER);
        for (int i = 0; i < rows; i++) yr[i] = (float) er[i];
        if (cplx) {
            for (int i = 0; i < rows; i++) yi[i] = (float) ei[i];
        }
    }
}
