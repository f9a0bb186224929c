package org.supcert.numeric.apply;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The SIMD kernels of every vector width, 128, 256 and 512 bits, against the scalar reference,
 * kernel by kernel, on random data: real and split complex, unit and general 2 x 2 levels,
 * per-block and shared coefficients, whole blocks and cosets of rows, and batch widths around the
 * lane count (where the vector loops end and the tails begin). Each width's kernels are built
 * directly ({@link VectorKernels#of}), so one JVM runs all three; only speed suffers from mixing
 * shapes. The float test is generated from this file (numeric/src/build/GenerateKernels.java).
 *
 * <p>Tolerance: every output is a sum of k products of a coefficient path and an input (k = 2
 * for a real 2 x 2 level, 4 complex, twice that for two fused levels, c or 2c for a general
 * factor, 8 or 16 for a block). Computed in any order, with or without fused multiply-adds, it
 * is within gamma_k m of the exact value (Higham, Accuracy and Stability of Numerical
 * Algorithms, 3.1), gamma_k = k u / (1 - k u), u the unit roundoff, m the same sum of absolute
 * values, which the scalar kernel computes from |coefficients| and |inputs| (|re| + |im| for
 * complex data bounds both parts). Two results that each meet the bound differ by at most
 * 2 gamma_k m; a wrong index or coefficient differs by about m.
 */
class KernelParity64Test {
    private static final int[] WIDTHS = {128, 256, 512};
    /** Rows of the test blocks: every power-of-two stride below it is tried. */
    private static final int N = 64;
    /** Unit roundoff of the precision under test. */
    private static final double U = Math.ulp((double) 1) / 2;
    private static final Kernels64 SCALAR = ScalarKernels64.INSTANCE;

    private static Kernels64 simd(int bits) {
        return VectorKernels.of(bits, ArrayAlignment::firstLineIndex).f64();
    }

    /** Batch widths around the lane count: scalar tails, exactly one vector, vectors plus tails. */
    private static int[] batches(int lanes) {
        return Arrays.stream(new int[] {1, 2, lanes - 1, lanes, lanes + 1, 2 * lanes + 3, 37})
                .filter(b -> b >= 1).distinct().toArray();
    }

    @Test
    void theWidthsAreTheOnesAskedFor() {
        for (int bits : WIDTHS) {
            Kernels64 k = simd(bits);
            assertTrue(k.name().equals("simd-" + bits + "bit"), k.name() + " for " + bits + " bits");
            assertTrue(k.lanes() * Double.SIZE == bits, k.lanes() + " lanes for " + bits + " bits");
        }
    }

    @Test
    void pairMatchesScalar() {
        Random rnd = new Random(17);
        for (int bits : WIDTHS) {
            Kernels64 k = simd(bits);
            for (int d = 1; d < N; d *= 2) {
                for (int s : new int[] {1, 2}) {
                    if (d % s != 0) continue;
                    for (boolean cplx : new boolean[] {false, true}) {
                        for (boolean unit : new boolean[] {false, true}) {
                            for (boolean shared : new boolean[] {false, true}) {
                                for (int batch : batches(k.lanes())) {
                                    pair(k, rnd, d, s, cplx, unit, shared, batch);
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private static void pair(Kernels64 k, Random rnd, int d, int s, boolean cplx, boolean unit, boolean shared,
            int batch) {
        int r = s - 1; // the coset of odd rows when s = 2
        int n = N / s;
        int as = shared ? 0 : 4 * d;
        double[] wr = levelRe(rnd, shared ? 1 : N / (2 * d), d, unit);
        double[] wi = cplx ? levelIm(rnd, shared ? 1 : N / (2 * d), d, unit) : null;
        double[][] x = data(rnd, N * batch, cplx);
        double[][] want = copy(x);
        double[][] got = copy(x);
        double[] m = abs(x);
        if (cplx) {
            SCALAR.pairC(wr, wi, unit, n, d, as, want[0], want[1], batch, r, s);
            k.pairC(wr, wi, unit, n, d, as, got[0], got[1], batch, r, s);
        } else {
            SCALAR.pair(wr, unit, n, d, as, want[0], batch, r, s);
            k.pair(wr, unit, n, d, as, got[0], batch, r, s);
        }
        SCALAR.pair(abs(wr, wi), false, n, d, as, m, batch, r, s);
        assertClose(want, got, m, cplx ? 4 : 2, k.name() + (cplx ? " pairC" : " pair") + " d " + d + " s " + s
                + " unit " + unit + " shared " + shared + " batch " + batch);
    }

    @Test
    void pair2MatchesScalar() {
        Random rnd = new Random(29);
        int[][] strides = {{1, 2}, {2, 1}, {1, 4}, {4, 1}, {2, 8}, {8, 2}, {4, 8}, {16, 32}, {32, 8}, {1, 32}};
        for (int bits : WIDTHS) {
            Kernels64 k = simd(bits);
            for (int[] st : strides) {
                for (int s : new int[] {1, 2}) {
                    if (st[0] % s != 0 || st[1] % s != 0) continue;
                    for (boolean cplx : new boolean[] {false, true}) {
                        for (int units = 0; units < 4; units++) {
                            for (boolean shared : new boolean[] {false, true}) {
                                for (int batch : batches(k.lanes())) {
                                    pair2(k, rnd, st[0], st[1], s, cplx, (units & 1) != 0, (units & 2) != 0, shared,
                                            batch);
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private static void pair2(Kernels64 k, Random rnd, int d1, int d2, int s, boolean cplx, boolean unit1,
            boolean unit2, boolean shared, int batch) {
        int r = s - 1;
        int n = N / s;
        int as1 = shared ? 0 : 4 * d1;
        int as2 = shared ? 0 : 4 * d2;
        double[] wr1 = levelRe(rnd, shared ? 1 : N / (2 * d1), d1, unit1);
        double[] wi1 = cplx ? levelIm(rnd, shared ? 1 : N / (2 * d1), d1, unit1) : null;
        double[] wr2 = levelRe(rnd, shared ? 1 : N / (2 * d2), d2, unit2);
        double[] wi2 = cplx ? levelIm(rnd, shared ? 1 : N / (2 * d2), d2, unit2) : null;
        double[][] x = data(rnd, N * batch, cplx);
        double[][] want = copy(x);
        double[][] got = copy(x);
        double[] m = abs(x);
        if (cplx) {
            SCALAR.pair2C(wr1, wi1, unit1, d1, as1, wr2, wi2, unit2, d2, as2, n, want[0], want[1], batch, r, s);
            k.pair2C(wr1, wi1, unit1, d1, as1, wr2, wi2, unit2, d2, as2, n, got[0], got[1], batch, r, s);
        } else {
            SCALAR.pair2(wr1, unit1, d1, as1, wr2, unit2, d2, as2, n, want[0], batch, r, s);
            k.pair2(wr1, unit1, d1, as1, wr2, unit2, d2, as2, n, got[0], batch, r, s);
        }
        SCALAR.pair2(abs(wr1, wi1), false, d1, as1, abs(wr2, wi2), false, d2, as2, n, m, batch, r, s);
        assertClose(want, got, m, cplx ? 8 : 4, k.name() + (cplx ? " pair2C" : " pair2") + " d " + d1 + "," + d2
                + " s " + s + " unit " + unit1 + "," + unit2 + " shared " + shared + " batch " + batch);
    }

    @Test
    void kronMatchesScalar() {
        Random rnd = new Random(31);
        // {a, b, c, d}: square and rectangular blocks, Monarch-like d = 1 with c below and above the lanes
        int[][] forms = {{2, 3, 3, 4}, {1, 5, 7, 1}, {3, 2, 16, 1}, {2, 4, 3, 2}, {4, 2, 2, 8}, {1, 33, 20, 1}};
        for (int bits : WIDTHS) {
            Kernels64 k = simd(bits);
            for (int[] f : forms) {
                for (boolean cplx : new boolean[] {false, true}) {
                    for (int batch : batches(k.lanes())) {
                        int a = f[0];
                        int b = f[1];
                        int c = f[2];
                        int d = f[3];
                        double[] wr = random(rnd, a * b * c * d);
                        double[] wi = cplx ? random(rnd, wr.length) : null;
                        double[][] x = data(rnd, a * c * d * batch, cplx);
                        double[][] want = data(rnd, a * b * d * batch, cplx); // garbage: kron overwrites
                        double[][] got = copy(want);
                        double[] m = new double[want[0].length];
                        if (cplx) {
                            SCALAR.kronC(wr, wi, a, b, c, d, x[0], x[1], want[0], want[1], batch);
                            k.kronC(wr, wi, a, b, c, d, x[0], x[1], got[0], got[1], batch);
                        } else {
                            SCALAR.kron(wr, a, b, c, d, x[0], want[0], batch);
                            k.kron(wr, a, b, c, d, x[0], got[0], batch);
                        }
                        SCALAR.kron(abs(wr, wi), a, b, c, d, abs(x), m, batch);
                        assertClose(want, got, m, cplx ? 2 * c : c, k.name() + (cplx ? " kronC " : " kron ")
                                + Arrays.toString(f) + " batch " + batch);
                    }
                }
            }
        }
    }

    @Test
    void blockMatchesScalar() {
        Random rnd = new Random(37);
        int bs = Stage.BLOCK;
        for (int bits : WIDTHS) {
            Kernels64 k = simd(bits);
            for (boolean cplx : new boolean[] {false, true}) {
                for (boolean shared : new boolean[] {false, true}) {
                    double[] mr = random(rnd, shared ? bs * bs : N * bs);
                    double[] mi = cplx ? random(rnd, mr.length) : null;
                    double[][] x = data(rnd, N, cplx);
                    double[][] want = copy(x);
                    double[][] got = copy(x);
                    double[] m = abs(x);
                    if (cplx) {
                        SCALAR.blockC(mr, mi, shared, want[0], want[1], N);
                        k.blockC(mr, mi, shared, got[0], got[1], N);
                    } else {
                        SCALAR.block(mr, shared, want[0], N);
                        k.block(mr, shared, got[0], N);
                    }
                    SCALAR.block(abs(mr, mi), shared, m, N);
                    assertClose(want, got, m, cplx ? 2 * bs : bs,
                            k.name() + (cplx ? " blockC" : " block") + " shared " + shared);
                }
            }
        }
    }

    /**
     * Real parts of a 2 x 2 level's coefficients, {@code blocks} alpha blocks of 4d; a unit level
     * has first columns (1, 1) (w00 = w10 = 1), as UnitColumns makes them.
     */
    private static double[] levelRe(Random rnd, int blocks, int d, boolean unit) {
        double[] w = random(rnd, blocks * 4 * d);
        if (unit) {
            for (int alpha = 0; alpha < blocks; alpha++) {
                for (int delta = 0; delta < d; delta++) {
                    w[4 * alpha * d + delta] = 1;
                    w[4 * alpha * d + 2 * d + delta] = 1;
                }
            }
        }
        return w;
    }

    /** Imaginary parts to go with {@link #levelRe}: zero in a unit level's first columns. */
    private static double[] levelIm(Random rnd, int blocks, int d, boolean unit) {
        double[] w = random(rnd, blocks * 4 * d);
        if (unit) {
            for (int alpha = 0; alpha < blocks; alpha++) {
                for (int delta = 0; delta < d; delta++) {
                    w[4 * alpha * d + delta] = 0;
                    w[4 * alpha * d + 2 * d + delta] = 0;
                }
            }
        }
        return w;
    }

    private static double[] random(Random rnd, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = rnd.nextDouble() * 2 - 1;
        return v;
    }

    /** {re, im} of random data, im null for real data. */
    private static double[][] data(Random rnd, int n, boolean cplx) {
        return new double[][] {random(rnd, n), cplx ? random(rnd, n) : null};
    }

    private static double[][] copy(double[][] x) {
        return new double[][] {x[0].clone(), x[1] == null ? null : x[1].clone()};
    }

    /** |re| + |im| entry by entry (|re| when im is null). */
    private static double[] abs(double[] re, double[] im) {
        double[] a = new double[re.length];
        for (int i = 0; i < a.length; i++) a[i] = Math.abs(re[i]) + (im == null ? 0 : Math.abs(im[i]));
        return a;
    }

    private static double[] abs(double[][] x) {
        return abs(x[0], x[1]);
    }

    /** |want - got| <= 2 gamma_k m in every entry of both parts (see the class comment). */
    private static void assertClose(double[][] want, double[][] got, double[] m, int k, String what) {
        double gamma = k * U / (1 - k * U);
        for (int part = 0; part < 2; part++) {
            if (want[part] == null) continue;
            for (int i = 0; i < want[part].length; i++) {
                double tol = 2 * gamma * m[i];
                double diff = Math.abs(want[part][i] - got[part][i]);
                if (!(diff <= tol)) {
                    fail(what + ": " + (part == 0 ? "re" : "im") + "[" + i + "] scalar " + want[part][i] + " simd "
                            + got[part][i] + ", |difference| " + diff + " > tolerance " + tol);
                }
            }
        }
    }
}
