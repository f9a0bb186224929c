package org.supcert.numeric.apply;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.supcert.numeric.butterfly.ButterflyFactor;

/**
 * One step of a compiled butterfly operator: a 2 x 2 level (PAIR, in place), two fused 2 x 2
 * levels (PAIR2, in place, radix-4) or a general I_a (x) 1_(b x c) (x) I_d factor (KRON, out of
 * place). Coefficients stay in the ButterflyFactor layout; float copies are made on first use.
 */
final class Stage {
    enum Kind { PAIR, PAIR2, KRON, BLOCK }

    /** Rows of the diagonal blocks of a BLOCK stage: the double vector length of AVX-512. */
    static final int BLOCK = 8;

    final Kind kind;
    final int a;
    final int b;
    final int c;
    final int d;
    /** Stride of the second level of a PAIR2 (applied after the first). */
    final int d2;
    /**
     * Distance of consecutive alpha blocks in the coefficients of a 2 x 2 level (first and second
     * of a PAIR2): 4d, or 0 when every block equals the first (I_a (x) B, e.g. the DFT), so that a
     * single-vector apply reads 4d coefficients per level instead of 2N and stays in cache.
     */
    final int as;
    final int as2;
    /**
     * True when every 2 x 2 block of the (first) level has first column (1, 1), i.e. y0 = x0 + w01 x1
     * and y1 = x0 + w11 x1: the SIMD kernels then need one FMA per output instead of a multiply and
     * an FMA. The ones are stored, so every kernel computes the same product either way.
     */
    final boolean unit;
    /** The same for the second level of a PAIR2. */
    final boolean unit2;
    final double[] wr;
    final double[] wi;
    final double[] wr2;
    final double[] wi2;
    private final double[][] coefficients64;
    private volatile float[][] coefficients32;

    private Stage(Kind kind, int a, int b, int c, int d, int d2, int as, int as2, boolean unit, boolean unit2,
            double[] wr, double[] wi, double[] wr2, double[] wi2) {
        this.kind = kind;
        this.a = a;
        this.b = b;
        this.c = c;
        this.d = d;
        this.d2 = d2;
        this.as = as;
        this.as2 = as2;
        this.unit = unit;
        this.unit2 = unit2;
        this.wr = wr;
        this.wi = wi;
        this.wr2 = wr2;
        this.wi2 = wi2;
        this.coefficients64 = new double[][] {wr, wi, wr2, wi2};
    }

    /** A BLOCK stage: n / BLOCK diagonal blocks, column-major each, or one block when shared. */
    private static Stage block(int n, double[] mr, double[] mi, boolean shared) {
        return new Stage(Kind.BLOCK, n / BLOCK, BLOCK, BLOCK, 1, 0, shared ? 0 : BLOCK * BLOCK, 0, false, false, mr, mi,
                null, null);
    }

    static Stage of(ButterflyFactor f) {
        if (f.b() == 2 && f.c() == 2) return pair(f.a(), f.d(), f.re(), f.im());
        return new Stage(Kind.KRON, f.a(), f.b(), f.c(), f.d(), 0, 4 * f.d(), 0, false, false, f.re(), f.im(), null,
                null);
    }

    /** A 2 x 2 level I_a (x) 1_(2x2) (x) I_d from coefficients in the ButterflyFactor layout (not copied). */
    static Stage pair(int a, int d, double[] wr, double[] wi) {
        boolean shared = repeatedBlocks(a, 4 * d, wr, wi);
        int as = shared ? 0 : 4 * d;
        return new Stage(Kind.PAIR, a, 2, 2, d, 0, as, 0, unitFirstColumn(shared ? 1 : a, d, wr, wi), false, wr, wi,
                null, null);
    }

    /** True when every alpha block of the coefficients equals the first one (exactly). */
    private static boolean repeatedBlocks(int a, int block, double[] wr, double[] wi) {
        for (double[] v : new double[][] {wr, wi}) {
            if (v == null) continue;
            for (int alpha = 1; alpha < a; alpha++) {
                if (!Arrays.equals(v, alpha * block, (alpha + 1) * block, v, 0, block)) return false;
            }
        }
        return true;
    }

    /** True when the first column of each of the first {@code blocks} alpha blocks is (1, 1) exactly. */
    private static boolean unitFirstColumn(int blocks, int d, double[] wr, double[] wi) {
        for (int alpha = 0; alpha < blocks; alpha++) {
            for (int delta = 0; delta < d; delta++) {
                int w00 = 4 * alpha * d + delta;
                int w10 = w00 + 2 * d;
                if (wr[w00] != 1 || wr[w10] != 1) return false;
                if (wi != null && (wi[w00] != 0 || wi[w10] != 0)) return false;
            }
        }
        return true;
    }

    /**
     * Stages in application order for factors given in application order, fusing neighbouring
     * 2 x 2 levels into radix-4 passes when their four-row groups are closed under both levels.
     */
    static List<Stage> plan(List<ButterflyFactor> applicationOrder) {
        List<Stage> levels = new ArrayList<>();
        for (ButterflyFactor f : applicationOrder) levels.add(of(f));
        levels = UnitColumns.rewrite(levels);
        List<Stage> out = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            Stage s = levels.get(i);
            if (i + 1 < levels.size()) {
                Stage t = levels.get(i + 1);
                if (fusable(s, t)) {
                    out.add(new Stage(Kind.PAIR2, s.a, 2, 2, s.d, t.d, s.as, t.as, s.unit, t.unit, s.wr, s.wi, t.wr,
                            t.wi));
                    i++;
                    continue;
                }
            }
            out.add(s);
        }
        return out;
    }

    /**
     * The plan for single vectors (double): a run of 2 x 2 levels with strides d below BLOCK acts
     * inside blocks of BLOCK consecutive rows, too short to fill a vector register with a single
     * vector; each such run becomes one block-diagonal stage of BLOCK x BLOCK matrices (one shared
     * matrix when every level repeats its blocks), applied as BLOCK column broadcasts and FMAs.
     */
    static List<Stage> planSingle(List<ButterflyFactor> applicationOrder) {
        List<Stage> out = new ArrayList<>();
        int size = applicationOrder.size();
        int i = 0;
        while (i < size) {
            int j = i;
            while (j < size && smallPair(applicationOrder.get(j))
                    && applicationOrder.get(j).rows() == applicationOrder.get(i).rows()) {
                j++;
            }
            if (j > i) {
                out.add(block(applicationOrder.subList(i, j)));
                i = j;
                continue;
            }
            while (j < size && !smallPair(applicationOrder.get(j))) j++;
            out.addAll(plan(applicationOrder.subList(i, j)));
            i = j;
        }
        return out;
    }

    private static boolean smallPair(ButterflyFactor f) {
        return f.b() == 2 && f.c() == 2 && f.d() < BLOCK && BLOCK % (2 * f.d()) == 0 && f.rows() % BLOCK == 0;
    }

    /** Multiplies out a run of small-stride levels on unit vectors, block by block. */
    private static Stage block(List<ButterflyFactor> run) {
        int n = run.get(0).rows();
        boolean complex = run.stream().anyMatch(ButterflyFactor::isComplex);
        boolean shared = run.stream().allMatch(f -> of(f).as == 0);
        int rows = shared ? BLOCK : n;
        double[] yr = new double[rows * BLOCK];
        double[] yi = complex ? new double[rows * BLOCK] : null;
        for (int i = 0; i < rows; i++) yr[i * BLOCK + i % BLOCK] = 1; // batch-inner: row i holds e_(i mod BLOCK)
        Kernels64 k = ScalarKernels64.INSTANCE;
        for (ButterflyFactor f : run) {
            Stage st = of(f);
            if (yi == null) {
                k.pair(st.wr, st.unit, rows, st.d, st.as, yr, BLOCK, 0, 1);
            } else if (st.isComplex()) {
                k.pairC(st.wr, st.wi, st.unit, rows, st.d, st.as, yr, yi, BLOCK, 0, 1);
            } else {
                k.pair(st.wr, st.unit, rows, st.d, st.as, yr, BLOCK, 0, 1);
                k.pair(st.wr, st.unit, rows, st.d, st.as, yi, BLOCK, 0, 1);
            }
        }
        double[] mr = new double[rows * BLOCK];
        double[] mi = complex ? new double[rows * BLOCK] : null;
        for (int blk = 0; blk < rows / BLOCK; blk++) {
            for (int i = 0; i < BLOCK; i++) {
                for (int col = 0; col < BLOCK; col++) {
                    int from = (blk * BLOCK + i) * BLOCK + col;
                    int to = (blk * BLOCK + col) * BLOCK + i;
                    mr[to] = yr[from];
                    if (mi != null) mi[to] = yi[from];
                }
            }
        }
        return block(n, mr, mi, shared);
    }

    private static boolean fusable(Stage s, Stage t) {
        if (s.kind != Kind.PAIR || t.kind != Kind.PAIR) return false;
        if ((s.wi == null) != (t.wi == null)) return false;
        if (s.rowsOut() != t.rowsIn() || s.d == t.d) return false;
        int lo = Math.min(s.d, t.d);
        int hi = Math.max(s.d, t.d);
        return hi % (2 * lo) == 0;
    }

    boolean isComplex() {
        return wi != null;
    }

    int rowsIn() {
        return a * c * d;
    }

    int rowsOut() {
        return a * b * d;
    }

    /**
     * Real flops per vector under the stated convention: each output sums c products, 2c - 1
     * flops (6 per 2 x 2 pair); a complex stage counts 4 times that (24 per pair).
     */
    long flops() {
        long perOutput = 2L * c - 1;
        long levels = kind == Kind.PAIR2 ? 2 : 1;
        return levels * rowsOut() * perOutput * (isComplex() ? 4 : 1);
    }

    /** The coefficients {wr, wi, wr2, wi2} (entries may be null), for the double executor. */
    double[][] coefficients64() {
        return coefficients64;
    }

    /** Float copies of {@link #coefficients64()}, made on first use, for the float executor. */
    float[][] coefficients32() {
        float[][] f = coefficients32;
        if (f == null) {
            f = new float[][] {toFloat(wr), toFloat(wi), toFloat(wr2), toFloat(wi2)};
            coefficients32 = f;
        }
        return f;
    }

    private static float[] toFloat(double[] v) {
        if (v == null) return null;
        float[] f = new float[v.length];
        for (int i = 0; i < v.length; i++) f[i] = (float) v[i];
        return f;
    }

    /** The transposed factor (I_a (x) 1_(c x b) (x) I_d with entries transposed; not conjugated). */
    static ButterflyFactor transpose(ButterflyFactor f) {
        int a = f.a();
        int b = f.b();
        int c = f.c();
        int d = f.d();
        double[] re = new double[f.re().length];
        double[] im = f.im() == null ? null : new double[re.length];
        for (int alpha = 0; alpha < a; alpha++) {
            for (int beta = 0; beta < b; beta++) {
                for (int gamma = 0; gamma < c; gamma++) {
                    for (int delta = 0; delta < d; delta++) {
                        int from = ((alpha * b + beta) * c + gamma) * d + delta;
                        int to = ((alpha * c + gamma) * b + beta) * d + delta;
                        re[to] = f.re()[from];
                        if (im != null) im[to] = f.im()[from];
                    }
                }
            }
        }
        return im == null ? ButterflyFactor.real(a, c, b, d, re) : ButterflyFactor.complex(a, c, b, d, re, im);
    }
}
