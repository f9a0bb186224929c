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
    enum Kind { PAIR, PAIR2, KRON }

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
    final double[] wr;
    final double[] wi;
    final double[] wr2;
    final double[] wi2;
    private volatile float[][] floats;

    private Stage(Kind kind, int a, int b, int c, int d, int d2, int as, int as2, double[] wr, double[] wi,
            double[] wr2, double[] wi2) {
        this.kind = kind;
        this.a = a;
        this.b = b;
        this.c = c;
        this.d = d;
        this.d2 = d2;
        this.as = as;
        this.as2 = as2;
        this.wr = wr;
        this.wi = wi;
        this.wr2 = wr2;
        this.wi2 = wi2;
    }

    static Stage of(ButterflyFactor f) {
        Kind kind = f.b() == 2 && f.c() == 2 ? Kind.PAIR : Kind.KRON;
        int as = kind == Kind.PAIR && repeatedBlocks(f) ? 0 : 4 * f.d();
        return new Stage(kind, f.a(), f.b(), f.c(), f.d(), 0, as, 0, f.re(), f.im(), null, null);
    }

    /** True when every alpha block of the coefficients equals the first one (exactly). */
    private static boolean repeatedBlocks(ButterflyFactor f) {
        int block = f.b() * f.c() * f.d();
        for (double[] v : new double[][] {f.re(), f.im()}) {
            if (v == null) continue;
            for (int alpha = 1; alpha < f.a(); alpha++) {
                if (!Arrays.equals(v, alpha * block, (alpha + 1) * block, v, 0, block)) return false;
            }
        }
        return true;
    }

    /**
     * Stages in application order for factors given in application order, fusing neighbouring
     * 2 x 2 levels into radix-4 passes when their four-row groups are closed under both levels.
     */
    static List<Stage> plan(List<ButterflyFactor> applicationOrder) {
        List<Stage> out = new ArrayList<>();
        for (int i = 0; i < applicationOrder.size(); i++) {
            Stage s = of(applicationOrder.get(i));
            if (i + 1 < applicationOrder.size()) {
                Stage t = of(applicationOrder.get(i + 1));
                if (fusable(s, t)) {
                    out.add(new Stage(Kind.PAIR2, s.a, 2, 2, s.d, t.d, s.as, t.as, s.wr, s.wi, t.wr, t.wi));
                    i++;
                    continue;
                }
            }
            out.add(s);
        }
        return out;
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

    /** Float copies {wr, wi, wr2, wi2} (entries may be null). */
    float[][] floats() {
        float[][] f = floats;
        if (f == null) {
            f = new float[][] {toFloat(wr), toFloat(wi), toFloat(wr2), toFloat(wi2)};
            floats = f;
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
