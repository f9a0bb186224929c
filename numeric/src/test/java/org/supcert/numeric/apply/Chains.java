package org.supcert.numeric.apply;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.supcert.numeric.butterfly.ButterflyChain;
import org.supcert.numeric.butterfly.ButterflyFactor;

/** Seeded test chains and a dense reference product. */
final class Chains {
    private Chains() {}

    static ButterflyFactor random(Random rnd, int a, int b, int c, int d, boolean complex) {
        int size = a * b * c * d;
        double[] re = new double[size];
        for (int i = 0; i < size; i++) re[i] = rnd.nextGaussian();
        if (!complex) return ButterflyFactor.real(a, b, c, d, re);
        double[] im = new double[size];
        for (int i = 0; i < size; i++) im[i] = rnd.nextGaussian();
        return ButterflyFactor.complex(a, b, c, d, re, im);
    }

    /** Standard butterfly chain of size n = 2^L in product order W_1 .. W_L (W_l has d = n / 2^l). */
    static ButterflyChain standard(Random rnd, int n, boolean complex, boolean reversed, boolean permuted) {
        int levels = Integer.numberOfTrailingZeros(n);
        List<ButterflyFactor> f = new ArrayList<>();
        for (int l = 1; l <= levels; l++) {
            f.add(random(rnd, 1 << (l - 1), 2, 2, n >> l, complex));
        }
        if (reversed) java.util.Collections.reverse(f);
        return new ButterflyChain(f, permuted ? permutation(rnd, n) : null);
    }

    /** Standard chain whose levels are I_a (x) B (every alpha block equal), like the DFT's. */
    static ButterflyChain repeated(Random rnd, int n, boolean complex) {
        List<ButterflyFactor> f = new ArrayList<>();
        for (ButterflyFactor w : standard(rnd, n, complex, false, false).factors()) {
            int block = 4 * w.d();
            for (int alpha = 1; alpha < w.a(); alpha++) {
                System.arraycopy(w.re(), 0, w.re(), alpha * block, block);
                if (complex) System.arraycopy(w.im(), 0, w.im(), alpha * block, block);
            }
            f.add(w);
        }
        return new ButterflyChain(f, permutation(rnd, n));
    }

    /**
     * A standard chain whose pivots (first columns of the 2 x 2 blocks) test the unit-column
     * rewrite: exact zeros in one level, pivots below 2^-200 in another, and levels scaled by
     * 2^150 and 2^-150 in between (application order runs from the last factor to the first).
     */
    static ButterflyChain awkwardPivots(Random rnd, int n, boolean complex) {
        List<ButterflyFactor> f = standard(rnd, n, complex, false, false).factors();
        int levels = f.size();
        scale(f.get(levels - 2), 0x1p150);
        scale(f.get(levels - 3), 0x1p-150);
        ButterflyFactor zeros = f.get(levels - 4);
        zeros.re()[zeros.index(0, 0, 0, 0)] = 0; // w00 of the first pair
        zeros.re()[zeros.index(zeros.a() - 1, 1, 0, zeros.d() - 1)] = 0; // w10 of the last
        if (complex) {
            zeros.im()[zeros.index(0, 0, 0, 0)] = 0;
            zeros.im()[zeros.index(zeros.a() - 1, 1, 0, zeros.d() - 1)] = 0;
        }
        ButterflyFactor tiny = f.get(1);
        tiny.re()[tiny.index(0, 1, 0, 0)] = 1e-70;
        if (complex) tiny.im()[tiny.index(0, 1, 0, 0)] = 0;
        return new ButterflyChain(f, null);
    }

    private static void scale(ButterflyFactor w, double s) {
        for (int i = 0; i < w.re().length; i++) w.re()[i] *= s;
        if (w.im() != null) {
            for (int i = 0; i < w.im().length; i++) w.im()[i] *= s;
        }
    }

    /** A chain of arbitrary factor forms given as {a, b, c, d} rows in product order. */
    static ButterflyChain forms(Random rnd, boolean complex, int[] perm, int[]... forms) {
        List<ButterflyFactor> f = new ArrayList<>();
        for (int[] g : forms) f.add(random(rnd, g[0], g[1], g[2], g[3], complex));
        return new ButterflyChain(f, perm);
    }

    /** Monarch of size m^2: block-diagonal (d = 1), then blocks at stride m, with a permutation. */
    static ButterflyChain monarch(Random rnd, int m, boolean complex) {
        return forms(rnd, complex, permutation(rnd, m * m), new int[] {m, m, m, 1}, new int[] {1, m, m, m});
    }

    static int[] permutation(Random rnd, int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) p[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    /** Dense A = W_1 .. W_L P as {re, im} row-major arrays (rows x cols). */
    static double[][] dense(ButterflyChain chain) {
        List<ButterflyFactor> fs = chain.factors();
        int rows = chain.rows();
        // start from W_1 and multiply to the right
        double[][] acc = denseFactor(fs.get(0));
        int accCols = fs.get(0).cols();
        for (int l = 1; l < fs.size(); l++) {
            ButterflyFactor f = fs.get(l);
            double[][] m = denseFactor(f);
            int inner = f.rows();
            int cols = f.cols();
            double[][] out = {new double[rows * cols], new double[rows * cols]};
            for (int i = 0; i < rows; i++) {
                for (int k = 0; k < inner; k++) {
                    double ar = acc[0][i * accCols + k];
                    double ai = acc[1][i * accCols + k];
                    if (ar == 0 && ai == 0) continue;
                    for (int j = 0; j < cols; j++) {
                        double br = m[0][k * cols + j];
                        double bi = m[1][k * cols + j];
                        out[0][i * cols + j] += ar * br - ai * bi;
                        out[1][i * cols + j] += ar * bi + ai * br;
                    }
                }
            }
            acc = out;
            accCols = cols;
        }
        int[] perm = chain.permutation();
        if (perm != null) {
            // (A P)[i][perm[j]] = A[i][j]
            double[][] out = {new double[rows * accCols], new double[rows * accCols]};
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < accCols; j++) {
                    out[0][i * accCols + perm[j]] = acc[0][i * accCols + j];
                    out[1][i * accCols + perm[j]] = acc[1][i * accCols + j];
                }
            }
            acc = out;
        }
        return acc;
    }

    private static double[][] denseFactor(ButterflyFactor f) {
        int r = f.rows();
        int c = f.cols();
        double[][] m = {new double[r * c], new double[r * c]};
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                m[0][i * c + j] = f.getRe(i, j);
                m[1][i * c + j] = f.getIm(i, j);
            }
        }
        return m;
    }
}
