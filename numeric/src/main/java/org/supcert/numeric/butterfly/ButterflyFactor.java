package org.supcert.numeric.butterfly;

import java.util.Arrays;
import org.supcert.support.Mask;

/**
 * One factor of a (deformable) butterfly chain with support I_a (x) 1_(b x c) (x) I_d
 * (docs/theory.md#butterfly-chain); size (a*b*d) x (a*c*d). The standard butterfly factor l of size
 * N = 2^L is a = 2^(l-1), b = c = 2, d = N / 2^l; a Monarch block-diagonal factor is d = 1.
 *
 * <p>Layout (shared by the factorization, which writes it, and the apply kernels, which read it):
 * the entry in row alpha*b*d + beta*d + delta and column alpha*c*d + gamma*d + delta is stored at
 * {@code ((alpha*b + beta)*c + gamma)*d + delta}. The innermost index delta runs over the d
 * interleaved copies, so a kernel streams d contiguous values per (alpha, beta, gamma). A complex
 * factor keeps its imaginary parts in a second array of the same layout (split storage, which
 * vectorizes without shuffles). The arrays are not copied: a factor is a view that its producer
 * hands over.
 */
public final class ButterflyFactor {
    private final int a;
    private final int b;
    private final int c;
    private final int d;
    private final double[] re;
    private final double[] im;

    private ButterflyFactor(int a, int b, int c, int d, double[] re, double[] im) {
        if (a < 1 || b < 1 || c < 1 || d < 1) {
            throw new IllegalArgumentException("butterfly factor parameters must be positive: a=" + a
                    + " b=" + b + " c=" + c + " d=" + d);
        }
        long size = (long) a * b * c * d;
        if (size > Integer.MAX_VALUE - 8) throw new IllegalArgumentException("butterfly factor too large");
        if (re.length != size || (im != null && im.length != size)) {
            throw new IllegalArgumentException("value array has " + re.length + " entries, expected " + size);
        }
        this.a = a;
        this.b = b;
        this.c = c;
        this.d = d;
        this.re = re;
        this.im = im;
    }

    /** A real factor with the given values (layout above; the array is used, not copied). */
    public static ButterflyFactor real(int a, int b, int c, int d, double[] values) {
        return new ButterflyFactor(a, b, c, d, values, null);
    }

    /** A complex factor with split real and imaginary parts (arrays used, not copied). */
    public static ButterflyFactor complex(int a, int b, int c, int d, double[] re, double[] im) {
        return new ButterflyFactor(a, b, c, d, re, im);
    }

    /** A zero-valued real factor of the given form. */
    public static ButterflyFactor zeros(int a, int b, int c, int d, boolean complex) {
        int size = Math.multiplyExact(Math.multiplyExact(a, b), Math.multiplyExact(c, d));
        return new ButterflyFactor(a, b, c, d, new double[size], complex ? new double[size] : null);
    }

    /** Factor l (1-based) of the standard butterfly chain of size n = 2^L, zero-valued. */
    public static ButterflyFactor standard(int n, int level, boolean complex) {
        if (n < 2 || Integer.bitCount(n) != 1) throw new IllegalArgumentException("N = " + n + " is not a power of two >= 2");
        int levels = Integer.numberOfTrailingZeros(n);
        if (level < 1 || level > levels) throw new IllegalArgumentException("level " + level + " outside 1.." + levels);
        return zeros(1 << (level - 1), 2, 2, n >> level, complex);
    }

    public int a() { return a; }

    public int b() { return b; }

    public int c() { return c; }

    public int d() { return d; }

    public int rows() { return a * b * d; }

    public int cols() { return a * c * d; }

    public boolean isComplex() { return im != null; }

    /** Real parts in the layout above (the backing array). */
    public double[] re() { return re; }

    /** Imaginary parts, or null for a real factor (the backing array). */
    public double[] im() { return im; }

    /** Storage index of the entry (alpha, beta, gamma, delta). */
    public int index(int alpha, int beta, int gamma, int delta) {
        return ((alpha * b + beta) * c + gamma) * d + delta;
    }

    /** Real part of the entry at (row, col) of the full matrix; 0 outside the support. */
    public double getRe(int row, int col) {
        int p = storageIndex(row, col);
        return p < 0 ? 0 : re[p];
    }

    /** Imaginary part of the entry at (row, col); 0 outside the support or for a real factor. */
    public double getIm(int row, int col) {
        int p = storageIndex(row, col);
        return p < 0 || im == null ? 0 : im[p];
    }

    private int storageIndex(int row, int col) {
        int alpha = row / (b * d);
        int beta = (row / d) % b;
        int delta = row % d;
        int alpha2 = col / (c * d);
        int gamma = (col / d) % c;
        int delta2 = col % d;
        if (alpha != alpha2 || delta != delta2) return -1;
        return index(alpha, beta, gamma, delta);
    }

    /** The support mask I_a (x) 1_(b x c) (x) I_d of this factor. */
    public Mask support() {
        return Mask.kronecker(a, b, c, d);
    }

    /** A deep copy. */
    public ButterflyFactor copy() {
        return new ButterflyFactor(a, b, c, d, re.clone(), im == null ? null : im.clone());
    }

    @Override
    public String toString() {
        return "ButterflyFactor[I_" + a + " x 1_(" + b + "x" + c + ") x I_" + d + (im != null ? ", complex" : "") + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ButterflyFactor f && a == f.a && b == f.b && c == f.c && d == f.d
                && Arrays.equals(re, f.re) && Arrays.equals(im, f.im);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(new int[] {a, b, c, d}) * 31 + Arrays.hashCode(re);
    }
}
