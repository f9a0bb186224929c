package org.supcert.numeric.apply;

import java.util.function.ToIntFunction;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The SIMD kernels on the vectors of {@code SPECIES} (Vector API): one of six classes, 128-,
 * 256- and 512-bit vectors in both precisions, that numeric/src/build/GenerateKernels.java writes
 * from one template, the 512-bit class on 64-bit values. {@link VectorKernels} picks the pair of one
 * width (loaded reflectively by {@link Kernels#best()}, so a missing module only costs speed).
 * Two vectorization modes, chosen per call:
 *
 * <ul>
 *   <li>batch-inner (batch >= lanes): each coefficient is broadcast and the lanes run over the
 *       batch, so every stride d, including 1, 2 and 4, vectorizes without shuffles;
 *   <li>single vector (batch = 1): the lanes run over delta, where the factor layout keeps both
 *       coefficients and data contiguous; strides below the vector length run the scalar code
 *       (Monarch blocks with d = 1 use dot products).
 * </ul>
 *
 * One shape per class, and every vector loop names it as a constant: in JDK 17, C2 intrinsifies
 * a Vector API call only when it can see one concrete vector class at it; a species passed as a
 * parameter, or a second shape (256 or 128 bits for strides 2 and 4) used anywhere in the
 * process, polluted the library's type profiles and made every kernel ten to a hundred times
 * slower (measured). So a process uses the classes of one width (the parity tests use all three,
 * where only speed suffers). Two 2 x 2 levels are fused into one radix-4 pass whenever the
 * operator's plan allows it. Results equal the scalar reference up to the rounding of fused
 * multiply-adds.
 */
final class VectorKernels64x512 implements Kernels64 {
    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_512;

    /** First 64-byte-aligned element of a data array, or -1 (see ArrayAlignment); tests pin it. */
    private final ToIntFunction<Object> lines;

    /** Kernels that believe {@code lines} about alignment: only speed may depend on it. */
    VectorKernels64x512(ToIntFunction<Object> lines) {
        this.lines = lines;
    }

    @Override
    public String name() {
        return "simd-" + SPECIES.vectorBitSize() + "bit";
    }

    @Override
    public int lanes() {
        return SPECIES.length();
    }

    /**
     * Coefficient offset of the pair whose lower row is p in a level of stride d whose alpha
     * blocks are {@code as} apart (4d, or 0 when all blocks are equal and stored once).
     */
    private static int cb(int p, int d, int as) {
        return p / (2 * d) * as + p % (2 * d);
    }

    @Override
    public void pair(double[] w, boolean unit, int n, int d, int as, double[] x, int batch, int r, int s) {
        if (batch >= SPECIES.length()) {
            pairB(w, unit, n, d, as, x, batch, r, s, lines.applyAsInt(x));
        } else if (batch == 1 && s == 1 && d >= SPECIES.length()) {
            pairV(w, unit, n, d, as, x, r);
        } else {
            ScalarKernels64.INSTANCE.pair(w, unit, n, d, as, x, batch, r, s);
        }
    }

    /**
     * Where the middle vectors of a batch-inner row at p0 start: on the array's 64-byte grid
     * ({@code first} is its first line-aligned index, -1 when unknown, which keeps the row's own
     * grid), one vector apart, ending before the row's last vector (at p0 + batch - lanes).
     *
     * <p>The batch kernels visit a row as: its first vector (wherever the row starts), the
     * line-aligned middle, its last vector (wherever the row ends). The two ends may overlap the
     * middle, so they are loaded and computed before the middle overwrites their inputs and stored
     * after it; where they overlap, both write the same values. Every load and store but the two
     * ends then stays within one cache line (measured 1.1-1.5x faster, bench/README.md).
     */
    private static int middleStart(int first, int p0, int batch, int lanes) {
        int last = p0 + batch - lanes;
        if (first < 0 || batch < 2 * lanes) return Math.min(p0 + lanes, last);
        int peel = Math.floorMod(first - p0, lanes);
        return Math.min(p0 + (peel == 0 ? lanes : peel), last);
    }

    /** Batch-inner: one broadcast coefficient per (alpha, delta), vectors over the batch. */
    private static void pairB(double[] w, boolean unit, int n, int d, int as, double[] x, int batch, int r, int s,
            int first) {
        int dv = d / s;
        int half = d * batch;
        int lanes = SPECIES.length();
        for (int base = 0; base < n; base += 2 * dv) {
            int wb0 = cb(r + base * s, d, as); // lower rows of one block: no division per row
            for (int v = base; v < base + dv; v++) {
                int g = r + v * s;
                int wb = wb0 + (v - base) * s;
                DoubleVector w00 = DoubleVector.broadcast(SPECIES, w[wb]);
                DoubleVector w01 = DoubleVector.broadcast(SPECIES, w[wb + d]);
                DoubleVector w10 = DoubleVector.broadcast(SPECIES, w[wb + 2 * d]);
                DoubleVector w11 = DoubleVector.broadcast(SPECIES, w[wb + 3 * d]);
                int p0 = g * batch;
                int last = p0 + batch - lanes;
                int mid = middleStart(first, p0, batch, SPECIES.length());
                // the row's two end vectors are computed first and stored last (see middleStart)
                if (unit) {
                    DoubleVector x0h = DoubleVector.fromArray(SPECIES, x, p0);
                    DoubleVector x1h = DoubleVector.fromArray(SPECIES, x, p0 + half);
                    DoubleVector z0h = x1h.fma(w01, x0h);
                    DoubleVector z1h = x1h.fma(w11, x0h);
                    DoubleVector x0t = DoubleVector.fromArray(SPECIES, x, last);
                    DoubleVector x1t = DoubleVector.fromArray(SPECIES, x, last + half);
                    DoubleVector z0t = x1t.fma(w01, x0t);
                    DoubleVector z1t = x1t.fma(w11, x0t);
                    for (int k = mid; k < last; k += lanes) {
                        DoubleVector x0 = DoubleVector.fromArray(SPECIES, x, k);
                        DoubleVector x1 = DoubleVector.fromArray(SPECIES, x, k + half);
                        x1.fma(w01, x0).intoArray(x, k);
                        x1.fma(w11, x0).intoArray(x, k + half);
                    }
                    z0h.intoArray(x, p0);
                    z1h.intoArray(x, p0 + half);
                    z0t.intoArray(x, last);
                    z1t.intoArray(x, last + half);
                } else {
                    DoubleVector x0h = DoubleVector.fromArray(SPECIES, x, p0);
                    DoubleVector x1h = DoubleVector.fromArray(SPECIES, x, p0 + half);
                    DoubleVector z0h = x1h.fma(w01, x0h.mul(w00));
                    DoubleVector z1h = x1h.fma(w11, x0h.mul(w10));
                    DoubleVector x0t = DoubleVector.fromArray(SPECIES, x, last);
                    DoubleVector x1t = DoubleVector.fromArray(SPECIES, x, last + half);
                    DoubleVector z0t = x1t.fma(w01, x0t.mul(w00));
                    DoubleVector z1t = x1t.fma(w11, x0t.mul(w10));
                    for (int k = mid; k < last; k += lanes) {
                        DoubleVector x0 = DoubleVector.fromArray(SPECIES, x, k);
                        DoubleVector x1 = DoubleVector.fromArray(SPECIES, x, k + half);
                        x1.fma(w01, x0.mul(w00)).intoArray(x, k);
                        x1.fma(w11, x0.mul(w10)).intoArray(x, k + half);
                    }
                    z0h.intoArray(x, p0);
                    z1h.intoArray(x, p0 + half);
                    z0t.intoArray(x, last);
                    z1t.intoArray(x, last + half);
                }
            }
        }
    }

    /** Single vector: coefficient vectors over delta (contiguous in the factor layout). */
    private static void pairV(double[] w, boolean unit, int n, int d, int as, double[] x, int r) {
        int lb = SPECIES.loopBound(d);
        for (int p0 = r; p0 < r + n; p0 += 2 * d) {
            int wb = p0 / (2 * d) * as;
            int delta = 0;
            if (unit) {
                for (; delta < lb; delta += SPECIES.length()) {
                    DoubleVector x0 = DoubleVector.fromArray(SPECIES, x, p0 + delta);
                    DoubleVector x1 = DoubleVector.fromArray(SPECIES, x, p0 + d + delta);
                    x1.fma(DoubleVector.fromArray(SPECIES, w, wb + d + delta), x0).intoArray(x, p0 + delta);
                    x1.fma(DoubleVector.fromArray(SPECIES, w, wb + 3 * d + delta), x0).intoArray(x, p0 + d + delta);
                }
            }
            for (; delta < lb; delta += SPECIES.length()) {
                DoubleVector x0 = DoubleVector.fromArray(SPECIES, x, p0 + delta);
                DoubleVector x1 = DoubleVector.fromArray(SPECIES, x, p0 + d + delta);
                DoubleVector w00 = DoubleVector.fromArray(SPECIES, w, wb + delta);
                DoubleVector w01 = DoubleVector.fromArray(SPECIES, w, wb + d + delta);
                DoubleVector w10 = DoubleVector.fromArray(SPECIES, w, wb + 2 * d + delta);
                DoubleVector w11 = DoubleVector.fromArray(SPECIES, w, wb + 3 * d + delta);
                x1.fma(w01, x0.mul(w00)).intoArray(x, p0 + delta);
                x1.fma(w11, x0.mul(w10)).intoArray(x, p0 + d + delta);
            }
            for (; delta < d; delta++) {
                int q = wb + delta;
                double x0 = x[p0 + delta];
                double x1 = x[p0 + d + delta];
                x[p0 + delta] = w[q] * x0 + w[q + d] * x1;
                x[p0 + d + delta] = w[q + 2 * d] * x0 + w[q + 3 * d] * x1;
            }
        }
    }

    @Override
    public void pair2(double[] w1, boolean unit1, int d1, int as1, double[] w2, boolean unit2, int d2, int as2, int n,
            double[] x, int batch, int r, int s) {
        int lo = Math.min(d1, d2);
        if (batch >= SPECIES.length()) {
            pair2B(w1, unit1, d1, as1, w2, unit2, d2, as2, n, x, batch, r, s, lines.applyAsInt(x));
        } else if (batch == 1 && s == 1 && lo >= SPECIES.length()) {
            pair2V(w1, unit1 && unit2, d1, as1, w2, d2, as2, n, x, r);
        } else {
            pair(w1, unit1, n, d1, as1, x, batch, r, s);
            pair(w2, unit2, n, d2, as2, x, batch, r, s);
        }
    }

    /**
     * Two levels in one pass (radix-4): the four rows i0, i0+d1, i0+d2, i0+d1+d2 are closed under
     * both levels, so each is loaded and stored once for the two levels.
     */
    private static void pair2B(double[] w1, boolean unit1, int d1, int as1, double[] w2, boolean unit2, int d2,
            int as2, int n, double[] x, int batch, int r, int s, int first) {
        int lo = Math.min(d1, d2) / s;
        int hi = Math.max(d1, d2) / s;
        int o1 = d1 * batch;
        int o2 = d2 * batch;
        for (int base = 0; base < n; base += 2 * hi) {
            for (int m = base; m < base + hi; m += 2 * lo) {
                int g0 = r + m * s; // the corners below are lower rows of one block: offsets grow by s
                int c00 = cb(g0, d1, as1);
                int c20 = cb(g0 + d2, d1, as1);
                int e00 = cb(g0, d2, as2);
                int e10 = cb(g0 + d1, d2, as2);
                for (int v = m; v < m + lo; v++) {
                    int q = (v - m) * s;
                    int i0 = g0 + q;
                    int c0 = c00 + q;
                    int c2 = c20 + q;
                    int e0 = e00 + q;
                    int e1 = e10 + q;
                    int p0 = i0 * batch;
                    int last = p0 + batch - SPECIES.length();
                    int mid = middleStart(first, p0, batch, SPECIES.length());
                    // unit levels (UnitColumns): one FMA per output; the last level of a run is general
                    if (unit1 && unit2) {
                        DerivedKernels64x512.quadUnit(x, p0, mid, last, o1, o2, w1[c0 + d1], w1[c0 + 3 * d1],
                                w1[c2 + d1], w1[c2 + 3 * d1],
                                w2[e0 + d2], w2[e0 + 3 * d2], w2[e1 + d2], w2[e1 + 3 * d2]);
                    } else if (unit1) {
                        DerivedKernels64x512.quadUnitThenGeneral(x, p0, mid, last, o1, o2, w1[c0 + d1],
                                w1[c0 + 3 * d1], w1[c2 + d1],
                                w1[c2 + 3 * d1], w2[e0], w2[e0 + d2], w2[e0 + 2 * d2], w2[e0 + 3 * d2], w2[e1],
                                w2[e1 + d2], w2[e1 + 2 * d2], w2[e1 + 3 * d2]);
                    } else {
                        quadGeneral(x, p0, mid, last, o1, o2, w1[c0], w1[c0 + d1], w1[c0 + 2 * d1], w1[c0 + 3 * d1],
                                w1[c2], w1[c2 + d1], w1[c2 + 2 * d1], w1[c2 + 3 * d1], w2[e0], w2[e0 + d2],
                                w2[e0 + 2 * d2], w2[e0 + 3 * d2], w2[e1], w2[e1 + d2], w2[e1 + 2 * d2],
                                w2[e1 + 3 * d2]);
                    }
                }
            }
        }
    }

    /**
     * One radix-4 row group of {@link #pair2B} with both levels general: rows p0, p0 + o1, p0 + o2
     * and p0 + o1 + o2, visited as {@link #middleStart} says. Its unit twins, quadUnit (both levels
     * unit: one FMA per output) and quadUnitThenGeneral (the first), are generated from it into
     * DerivedKernels64x512 by dropping the multiplies by the first columns' ones. Each kind of
     * group is a method of its own so that C2 compiles it with its own profile and registers: with
     * all three kinds in pair2B, two JVMs in three ran N = 2^16 x 256 at 42 ms instead of 30
     * (measured).
     */
    private static void quadGeneral(double[] x, int p0, int mid, int last, int o1, int o2, double a00s,
            double a01s, double a10s, double a11s, double b00s, double b01s, double b10s, double b11s, double p00s,
            double p01s, double p10s, double p11s, double q00s, double q01s, double q10s, double q11s) {
        DoubleVector a00 = DoubleVector.broadcast(SPECIES, a00s);
        DoubleVector a01 = DoubleVector.broadcast(SPECIES, a01s);
        DoubleVector a10 = DoubleVector.broadcast(SPECIES, a10s);
        DoubleVector a11 = DoubleVector.broadcast(SPECIES, a11s);
        DoubleVector b00 = DoubleVector.broadcast(SPECIES, b00s);
        DoubleVector b01 = DoubleVector.broadcast(SPECIES, b01s);
        DoubleVector b10 = DoubleVector.broadcast(SPECIES, b10s);
        DoubleVector b11 = DoubleVector.broadcast(SPECIES, b11s);
        DoubleVector p00 = DoubleVector.broadcast(SPECIES, p00s);
        DoubleVector p01 = DoubleVector.broadcast(SPECIES, p01s);
        DoubleVector p10 = DoubleVector.broadcast(SPECIES, p10s);
        DoubleVector p11 = DoubleVector.broadcast(SPECIES, p11s);
        DoubleVector q00 = DoubleVector.broadcast(SPECIES, q00s);
        DoubleVector q01 = DoubleVector.broadcast(SPECIES, q01s);
        DoubleVector q10 = DoubleVector.broadcast(SPECIES, q10s);
        DoubleVector q11 = DoubleVector.broadcast(SPECIES, q11s);
        DoubleVector x0h = DoubleVector.fromArray(SPECIES, x, p0);
        DoubleVector x1h = DoubleVector.fromArray(SPECIES, x, p0 + o1);
        DoubleVector x2h = DoubleVector.fromArray(SPECIES, x, p0 + o2);
        DoubleVector x3h = DoubleVector.fromArray(SPECIES, x, p0 + o1 + o2);
        DoubleVector y0h = x1h.fma(a01, x0h.mul(a00));
        DoubleVector y1h = x1h.fma(a11, x0h.mul(a10));
        DoubleVector y2h = x3h.fma(b01, x2h.mul(b00));
        DoubleVector y3h = x3h.fma(b11, x2h.mul(b10));
        DoubleVector z0h = y2h.fma(p01, y0h.mul(p00));
        DoubleVector z2h = y2h.fma(p11, y0h.mul(p10));
        DoubleVector z1h = y3h.fma(q01, y1h.mul(q00));
        DoubleVector z3h = y3h.fma(q11, y1h.mul(q10));
        DoubleVector x0t = DoubleVector.fromArray(SPECIES, x, last);
        DoubleVector x1t = DoubleVector.fromArray(SPECIES, x, last + o1);
        DoubleVector x2t = DoubleVector.fromArray(SPECIES, x, last + o2);
        DoubleVector x3t = DoubleVector.fromArray(SPECIES, x, last + o1 + o2);
        DoubleVector y0t = x1t.fma(a01, x0t.mul(a00));
        DoubleVector y1t = x1t.fma(a11, x0t.mul(a10));
        DoubleVector y2t = x3t.fma(b01, x2t.mul(b00));
        DoubleVector y3t = x3t.fma(b11, x2t.mul(b10));
        DoubleVector z0t = y2t.fma(p01, y0t.mul(p00));
        DoubleVector z2t = y2t.fma(p11, y0t.mul(p10));
        DoubleVector z1t = y3t.fma(q01, y1t.mul(q00));
        DoubleVector z3t = y3t.fma(q11, y1t.mul(q10));
        for (int k = mid; k < last; k += SPECIES.length()) {
            DoubleVector x0 = DoubleVector.fromArray(SPECIES, x, k);
            DoubleVector x1 = DoubleVector.fromArray(SPECIES, x, k + o1);
            DoubleVector x2 = DoubleVector.fromArray(SPECIES, x, k + o2);
            DoubleVector x3 = DoubleVector.fromArray(SPECIES, x, k + o1 + o2);
            DoubleVector y0 = x1.fma(a01, x0.mul(a00));
            DoubleVector y1 = x1.fma(a11, x0.mul(a10));
            DoubleVector y2 = x3.fma(b01, x2.mul(b00));
            DoubleVector y3 = x3.fma(b11, x2.mul(b10));
            y2.fma(p01, y0.mul(p00)).intoArray(x, k);
            y2.fma(p11, y0.mul(p10)).intoArray(x, k + o2);
            y3.fma(q01, y1.mul(q00)).intoArray(x, k + o1);
            y3.fma(q11, y1.mul(q10)).intoArray(x, k + o1 + o2);
        }
        z0h.intoArray(x, p0);
        z2h.intoArray(x, p0 + o2);
        z1h.intoArray(x, p0 + o1);
        z3h.intoArray(x, p0 + o1 + o2);
        z0t.intoArray(x, last);
        z2t.intoArray(x, last + o2);
        z1t.intoArray(x, last + o1);
        z3t.intoArray(x, last + o1 + o2);
    }

    /** Radix-4 on a single vector, coefficient vectors over the inner index of the smaller stride. */
    private static void pair2V(double[] w1, boolean unit, int d1, int as1, double[] w2, int d2, int as2, int n,
            double[] x, int r) {
        int lo = Math.min(d1, d2);
        int hi = Math.max(d1, d2);
        int lb = SPECIES.loopBound(lo);
        for (int base = r; base < r + n; base += 2 * hi) {
            for (int m = base; m < base + hi; m += 2 * lo) {
                int c0 = cb(m, d1, as1);
                int c2 = cb(m + d2, d1, as1);
                int e0 = cb(m, d2, as2);
                int e1 = cb(m + d1, d2, as2);
                int t = 0;
                if (unit) {
                    for (; t < lb; t += SPECIES.length()) {
                        int i = m + t;
                        DoubleVector x0 = DoubleVector.fromArray(SPECIES, x, i);
                        DoubleVector x1 = DoubleVector.fromArray(SPECIES, x, i + d1);
                        DoubleVector x2 = DoubleVector.fromArray(SPECIES, x, i + d2);
                        DoubleVector x3 = DoubleVector.fromArray(SPECIES, x, i + d1 + d2);
                        DoubleVector y0 = x1.fma(DoubleVector.fromArray(SPECIES, w1, c0 + d1 + t), x0);
                        DoubleVector y1 = x1.fma(DoubleVector.fromArray(SPECIES, w1, c0 + 3 * d1 + t), x0);
                        DoubleVector y2 = x3.fma(DoubleVector.fromArray(SPECIES, w1, c2 + d1 + t), x2);
                        DoubleVector y3 = x3.fma(DoubleVector.fromArray(SPECIES, w1, c2 + 3 * d1 + t), x2);
                        y2.fma(DoubleVector.fromArray(SPECIES, w2, e0 + d2 + t), y0).intoArray(x, i);
                        y2.fma(DoubleVector.fromArray(SPECIES, w2, e0 + 3 * d2 + t), y0).intoArray(x, i + d2);
                        y3.fma(DoubleVector.fromArray(SPECIES, w2, e1 + d2 + t), y1).intoArray(x, i + d1);
                        y3.fma(DoubleVector.fromArray(SPECIES, w2, e1 + 3 * d2 + t), y1).intoArray(x, i + d1 + d2);
                    }
                }
                for (; t < lb; t += SPECIES.length()) {
                    int i = m + t;
                    DoubleVector x0 = DoubleVector.fromArray(SPECIES, x, i);
                    DoubleVector x1 = DoubleVector.fromArray(SPECIES, x, i + d1);
                    DoubleVector x2 = DoubleVector.fromArray(SPECIES, x, i + d2);
                    DoubleVector x3 = DoubleVector.fromArray(SPECIES, x, i + d1 + d2);
                    DoubleVector y0 = x1.fma(DoubleVector.fromArray(SPECIES, w1, c0 + d1 + t),
                            x0.mul(DoubleVector.fromArray(SPECIES, w1, c0 + t)));
                    DoubleVector y1 = x1.fma(DoubleVector.fromArray(SPECIES, w1, c0 + 3 * d1 + t),
                            x0.mul(DoubleVector.fromArray(SPECIES, w1, c0 + 2 * d1 + t)));
                    DoubleVector y2 = x3.fma(DoubleVector.fromArray(SPECIES, w1, c2 + d1 + t),
                            x2.mul(DoubleVector.fromArray(SPECIES, w1, c2 + t)));
                    DoubleVector y3 = x3.fma(DoubleVector.fromArray(SPECIES, w1, c2 + 3 * d1 + t),
                            x2.mul(DoubleVector.fromArray(SPECIES, w1, c2 + 2 * d1 + t)));
                    y2.fma(DoubleVector.fromArray(SPECIES, w2, e0 + d2 + t), y0.mul(DoubleVector.fromArray(SPECIES, w2, e0 + t)))
                            .intoArray(x, i);
                    y2.fma(DoubleVector.fromArray(SPECIES, w2, e0 + 3 * d2 + t),
                            y0.mul(DoubleVector.fromArray(SPECIES, w2, e0 + 2 * d2 + t))).intoArray(x, i + d2);
                    y3.fma(DoubleVector.fromArray(SPECIES, w2, e1 + d2 + t), y1.mul(DoubleVector.fromArray(SPECIES, w2, e1 + t)))
                            .intoArray(x, i + d1);
                    y3.fma(DoubleVector.fromArray(SPECIES, w2, e1 + 3 * d2 + t),
                            y1.mul(DoubleVector.fromArray(SPECIES, w2, e1 + 2 * d2 + t))).intoArray(x, i + d1 + d2);
                }
                for (; t < lo; t++) group(w1, d1, w2, d2, c0 + t, c2 + t, e0 + t, e1 + t, x, m + t, d1, d2);
            }
        }
    }

    /** One radix-4 group in scalar code (the tails of pair2B and pair2V). */
    private static void group(double[] w1, int d1, double[] w2, int d2, int c0, int c2, int e0, int e1,
            double[] x, int k, int o1, int o2) {
        double x0 = x[k];
        double x1 = x[k + o1];
        double x2 = x[k + o2];
        double x3 = x[k + o1 + o2];
        double y0 = w1[c0] * x0 + w1[c0 + d1] * x1;
        double y1 = w1[c0 + 2 * d1] * x0 + w1[c0 + 3 * d1] * x1;
        double y2 = w1[c2] * x2 + w1[c2 + d1] * x3;
        double y3 = w1[c2 + 2 * d1] * x2 + w1[c2 + 3 * d1] * x3;
        x[k] = w2[e0] * y0 + w2[e0 + d2] * y2;
        x[k + o2] = w2[e0 + 2 * d2] * y0 + w2[e0 + 3 * d2] * y2;
        x[k + o1] = w2[e1] * y1 + w2[e1 + d2] * y3;
        x[k + o1 + o2] = w2[e1 + 2 * d2] * y1 + w2[e1 + 3 * d2] * y3;
    }

    @Override
    public void kron(double[] w, int a, int b, int c, int d, double[] x, double[] y, int batch) {
        if (batch >= SPECIES.length()) {
            kronB(w, a, b, c, d, x, y, batch);
        } else if (batch == 1 && d == 1 && c >= SPECIES.length()) {
            kronDot(w, a, b, c, x, y);
        } else {
            ScalarKernels64.INSTANCE.kron(w, a, b, c, d, x, y, batch);
        }
    }

    private static void kronB(double[] w, int a, int b, int c, int d, double[] x, double[] y, int batch) {
        int kb = SPECIES.loopBound(batch);
        for (int alpha = 0; alpha < a; alpha++) {
            for (int beta = 0; beta < b; beta++) {
                for (int delta = 0; delta < d; delta++) {
                    int out = ((alpha * b + beta) * d + delta) * batch;
                    int wb = (alpha * b + beta) * c * d + delta;
                    int in0 = (alpha * c * d + delta) * batch;
                    int k = 0;
                    for (; k < kb; k += SPECIES.length()) {
                        DoubleVector acc = DoubleVector.zero(SPECIES);
                        for (int gamma = 0; gamma < c; gamma++) {
                            acc = DoubleVector.fromArray(SPECIES, x, in0 + gamma * d * batch + k)
                                    .fma(DoubleVector.broadcast(SPECIES, w[wb + gamma * d]), acc);
                        }
                        acc.intoArray(y, out + k);
                    }
                    for (; k < batch; k++) {
                        double acc = 0;
                        for (int gamma = 0; gamma < c; gamma++) {
                            acc += w[wb + gamma * d] * x[in0 + gamma * d * batch + k];
                        }
                        y[out + k] = acc;
                    }
                }
            }
        }
    }

    /** d = 1 single vector (Monarch blocks): each output is a dot product of contiguous rows. */
    private static void kronDot(double[] w, int a, int b, int c, double[] x, double[] y) {
        int lb = SPECIES.loopBound(c);
        for (int alpha = 0; alpha < a; alpha++) {
            for (int beta = 0; beta < b; beta++) {
                int wb = (alpha * b + beta) * c;
                int in = alpha * c;
                DoubleVector acc = DoubleVector.zero(SPECIES);
                int g = 0;
                for (; g < lb; g += SPECIES.length()) {
                    acc = DoubleVector.fromArray(SPECIES, x, in + g).fma(DoubleVector.fromArray(SPECIES, w, wb + g), acc);
                }
                double sum = acc.reduceLanes(VectorOperators.ADD);
                for (; g < c; g++) sum += w[wb + g] * x[in + g];
                y[alpha * b + beta] = sum;
            }
        }
    }

    @Override
    public void pairC(double[] wr, double[] wi, boolean unit, int n, int d, int as, double[] xr, double[] xi,
            int batch, int r, int s) {
        if (batch >= SPECIES.length()) {
            pairCB(wr, wi, unit, n, d, as, xr, xi, batch, r, s);
        } else if (batch == 1 && s == 1 && d >= SPECIES.length()) {
            pairCV(wr, wi, unit, n, d, as, xr, xi, r);
        } else {
            ScalarKernels64.INSTANCE.pairC(wr, wi, unit, n, d, as, xr, xi, batch, r, s);
        }
    }

    private static void pairCB(double[] wr, double[] wi, boolean unit, int n, int d, int as, double[] xr,
            double[] xi, int batch, int r, int s) {
        int dv = d / s;
        int half = d * batch;
        int kb = SPECIES.loopBound(batch);
        for (int base = 0; base < n; base += 2 * dv) {
            int wb0 = cb(r + base * s, d, as); // lower rows of one block: no division per row
            for (int v = base; v < base + dv; v++) {
                int g = r + v * s;
                int wb = wb0 + (v - base) * s;
                DoubleVector r00 = DoubleVector.broadcast(SPECIES, wr[wb]);
                DoubleVector r01 = DoubleVector.broadcast(SPECIES, wr[wb + d]);
                DoubleVector r10 = DoubleVector.broadcast(SPECIES, wr[wb + 2 * d]);
                DoubleVector r11 = DoubleVector.broadcast(SPECIES, wr[wb + 3 * d]);
                DoubleVector i00 = DoubleVector.broadcast(SPECIES, wi[wb]);
                DoubleVector i01 = DoubleVector.broadcast(SPECIES, wi[wb + d]);
                DoubleVector i10 = DoubleVector.broadcast(SPECIES, wi[wb + 2 * d]);
                DoubleVector i11 = DoubleVector.broadcast(SPECIES, wi[wb + 3 * d]);
                int p0 = g * batch;
                int k = p0;
                if (unit) { // y = x0 + w x1: re = a0 + r a1 - i b1, im = b0 + i a1 + r b1
                    DoubleVector n01 = i01.neg();
                    DoubleVector n11 = i11.neg();
                    for (; k < p0 + kb; k += SPECIES.length()) {
                        DoubleVector a0 = DoubleVector.fromArray(SPECIES, xr, k);
                        DoubleVector b0 = DoubleVector.fromArray(SPECIES, xi, k);
                        DoubleVector a1 = DoubleVector.fromArray(SPECIES, xr, k + half);
                        DoubleVector b1 = DoubleVector.fromArray(SPECIES, xi, k + half);
                        b1.fma(n01, a1.fma(r01, a0)).intoArray(xr, k);
                        b1.fma(r01, a1.fma(i01, b0)).intoArray(xi, k);
                        b1.fma(n11, a1.fma(r11, a0)).intoArray(xr, k + half);
                        b1.fma(r11, a1.fma(i11, b0)).intoArray(xi, k + half);
                    }
                }
                for (; k < p0 + kb; k += SPECIES.length()) {
                    DoubleVector a0 = DoubleVector.fromArray(SPECIES, xr, k);
                    DoubleVector b0 = DoubleVector.fromArray(SPECIES, xi, k);
                    DoubleVector a1 = DoubleVector.fromArray(SPECIES, xr, k + half);
                    DoubleVector b1 = DoubleVector.fromArray(SPECIES, xi, k + half);
                    a1.fma(r01, a0.mul(r00)).sub(b1.fma(i01, b0.mul(i00))).intoArray(xr, k);
                    a1.fma(i01, b1.fma(r01, a0.fma(i00, b0.mul(r00)))).intoArray(xi, k);
                    a1.fma(r11, a0.mul(r10)).sub(b1.fma(i11, b0.mul(i10))).intoArray(xr, k + half);
                    a1.fma(i11, b1.fma(r11, a0.fma(i10, b0.mul(r10)))).intoArray(xi, k + half);
                }
                if (k < p0 + batch) {
                    ScalarKernels64.pairCRange(wr, wi, wb, d, xr, xi, k, p0 + batch, half);
                }
            }
        }
    }

    private static void pairCV(double[] wr, double[] wi, boolean unit, int n, int d, int as, double[] xr,
            double[] xi, int r) {
        int lb = SPECIES.loopBound(d);
        for (int p0 = r; p0 < r + n; p0 += 2 * d) {
            int wb = p0 / (2 * d) * as;
            int t = 0;
            if (unit) {
                for (; t < lb; t += SPECIES.length()) {
                    int k = p0 + t;
                    int q = wb + t;
                    DoubleVector r01 = DoubleVector.fromArray(SPECIES, wr, q + d);
                    DoubleVector r11 = DoubleVector.fromArray(SPECIES, wr, q + 3 * d);
                    DoubleVector i01 = DoubleVector.fromArray(SPECIES, wi, q + d);
                    DoubleVector i11 = DoubleVector.fromArray(SPECIES, wi, q + 3 * d);
                    DoubleVector a0 = DoubleVector.fromArray(SPECIES, xr, k);
                    DoubleVector b0 = DoubleVector.fromArray(SPECIES, xi, k);
                    DoubleVector a1 = DoubleVector.fromArray(SPECIES, xr, k + d);
                    DoubleVector b1 = DoubleVector.fromArray(SPECIES, xi, k + d);
                    DoubleVector nb1 = b1.neg();
                    nb1.fma(i01, a1.fma(r01, a0)).intoArray(xr, k);
                    b1.fma(r01, a1.fma(i01, b0)).intoArray(xi, k);
                    nb1.fma(i11, a1.fma(r11, a0)).intoArray(xr, k + d);
                    b1.fma(r11, a1.fma(i11, b0)).intoArray(xi, k + d);
                }
            }
            for (; t < lb; t += SPECIES.length()) {
                int k = p0 + t;
                int q = wb + t;
                DoubleVector r00 = DoubleVector.fromArray(SPECIES, wr, q);
                DoubleVector r01 = DoubleVector.fromArray(SPECIES, wr, q + d);
                DoubleVector r10 = DoubleVector.fromArray(SPECIES, wr, q + 2 * d);
                DoubleVector r11 = DoubleVector.fromArray(SPECIES, wr, q + 3 * d);
                DoubleVector i00 = DoubleVector.fromArray(SPECIES, wi, q);
                DoubleVector i01 = DoubleVector.fromArray(SPECIES, wi, q + d);
                DoubleVector i10 = DoubleVector.fromArray(SPECIES, wi, q + 2 * d);
                DoubleVector i11 = DoubleVector.fromArray(SPECIES, wi, q + 3 * d);
                DoubleVector a0 = DoubleVector.fromArray(SPECIES, xr, k);
                DoubleVector b0 = DoubleVector.fromArray(SPECIES, xi, k);
                DoubleVector a1 = DoubleVector.fromArray(SPECIES, xr, k + d);
                DoubleVector b1 = DoubleVector.fromArray(SPECIES, xi, k + d);
                a1.fma(r01, a0.mul(r00)).sub(b1.fma(i01, b0.mul(i00))).intoArray(xr, k);
                a1.fma(i01, b1.fma(r01, a0.fma(i00, b0.mul(r00)))).intoArray(xi, k);
                a1.fma(r11, a0.mul(r10)).sub(b1.fma(i11, b0.mul(i10))).intoArray(xr, k + d);
                a1.fma(i11, b1.fma(r11, a0.fma(i10, b0.mul(r10)))).intoArray(xi, k + d);
            }
            for (; t < d; t++) ScalarKernels64.pairCRange(wr, wi, wb + t, d, xr, xi, p0 + t, p0 + t + 1, d);
        }
    }

    @Override
    public void pair2C(double[] wr1, double[] wi1, boolean unit1, int d1, int as1, double[] wr2, double[] wi2,
            boolean unit2, int d2, int as2, int n, double[] xr, double[] xi, int batch, int r, int s) {
        int lo = Math.min(d1, d2);
        if (batch >= SPECIES.length()) {
            pair2CB(wr1, wi1, unit1 && unit2, d1, as1, wr2, wi2, d2, as2, n, xr, xi, batch, r, s);
        } else if (batch == 1 && s == 1 && lo >= SPECIES.length()) {
            pair2CV(wr1, wi1, unit1 && unit2, d1, as1, wr2, wi2, d2, as2, n, xr, xi, r);
        } else {
            pairC(wr1, wi1, unit1, n, d1, as1, xr, xi, batch, r, s);
            pairC(wr2, wi2, unit2, n, d2, as2, xr, xi, batch, r, s);
        }
    }

    private static void pair2CB(double[] wr1, double[] wi1, boolean unit, int d1, int as1, double[] wr2,
            double[] wi2, int d2, int as2, int n, double[] xr, double[] xi, int batch, int r, int s) {
        int lo = Math.min(d1, d2) / s;
        int hi = Math.max(d1, d2) / s;
        int o1 = d1 * batch;
        int o2 = d2 * batch;
        int kb = SPECIES.loopBound(batch);
        for (int base = 0; base < n; base += 2 * hi) {
            for (int m = base; m < base + hi; m += 2 * lo) {
                int g0 = r + m * s; // the corners below are lower rows of one block: offsets grow by s
                int c00 = cb(g0, d1, as1);
                int c20 = cb(g0 + d2, d1, as1);
                int e00 = cb(g0, d2, as2);
                int e10 = cb(g0 + d1, d2, as2);
                for (int v = m; v < m + lo; v++) {
                    int q = (v - m) * s;
                    int i0 = g0 + q;
                    int c0 = c00 + q;
                    int c2 = c20 + q;
                    int e0 = e00 + q;
                    int e1 = e10 + q;
                    int p0 = i0 * batch;
                    if (unit) {
                        cgroupUB(wr1, wi1, d1, wr2, wi2, d2, c0, c2, e0, e1, xr, xi, p0, kb, o1, o2);
                    } else {
                        cgroupB(wr1, wi1, d1, wr2, wi2, d2, c0, c2, e0, e1, xr, xi, p0, kb, o1, o2);
                    }
                    int k = p0 + kb;
                    if (k < p0 + batch) {
                        ScalarKernels64.pairCRange(wr1, wi1, c0, d1, xr, xi, k, p0 + batch, o1);
                        ScalarKernels64.pairCRange(wr1, wi1, c2, d1, xr, xi, k + o2, p0 + o2 + batch, o1);
                        ScalarKernels64.pairCRange(wr2, wi2, e0, d2, xr, xi, k, p0 + batch, o2);
                        ScalarKernels64.pairCRange(wr2, wi2, e1, d2, xr, xi, k + o1, p0 + o1 + batch, o2);
                    }
                }
            }
        }
    }

    private static void pair2CV(double[] wr1, double[] wi1, boolean unit, int d1, int as1, double[] wr2,
            double[] wi2, int d2, int as2, int n, double[] xr, double[] xi, int r) {
        int lo = Math.min(d1, d2);
        int hi = Math.max(d1, d2);
        int lb = SPECIES.loopBound(lo);
        for (int base = r; base < r + n; base += 2 * hi) {
            for (int m = base; m < base + hi; m += 2 * lo) {
                int c0 = cb(m, d1, as1);
                int c2 = cb(m + d2, d1, as1);
                int e0 = cb(m, d2, as2);
                int e1 = cb(m + d1, d2, as2);
                if (unit) {
                    DerivedKernels64x512.cgroupUV(wr1, wi1, d1, wr2, wi2, d2, c0, c2, e0, e1, xr, xi, m, lb,
                            d1, d2);
                } else {
                    DerivedKernels64x512.cgroupV(wr1, wi1, d1, wr2, wi2, d2, c0, c2, e0, e1, xr, xi, m, lb,
                            d1, d2);
                }
                for (int t = lb; t < lo; t++) {
                    int i = m + t;
                    ScalarKernels64.pairCRange(wr1, wi1, c0 + t, d1, xr, xi, i, i + 1, d1);
                    ScalarKernels64.pairCRange(wr1, wi1, c2 + t, d1, xr, xi, i + d2, i + d2 + 1, d1);
                    ScalarKernels64.pairCRange(wr2, wi2, e0 + t, d2, xr, xi, i, i + 1, d2);
                    ScalarKernels64.pairCRange(wr2, wi2, e1 + t, d2, xr, xi, i + d1, i + d1 + 1, d2);
                }
            }
        }
    }

    /**
     * Complex radix-4 groups of vectors at the data offsets k0, k0 + lanes, ... below k0 + span,
     * coefficients broadcast (batch-inner). The loop is inside the group method, so a run costs one
     * call: with a call per vector, C2 inlined the group or not depending on which kernels had been
     * compiled first, and the complex batch ran 2-3x slower in one process out of two. Its
     * single-vector twin, cgroupV in the generated DerivedKernels64x512, loads coefficient
     * vectors over delta where this broadcasts one coefficient (GenerateKernels derives it).
     */
    private static void cgroupB(double[] wr1, double[] wi1, int d1, double[] wr2,
            double[] wi2, int d2, int c0, int c2, int e0, int e1, double[] xr, double[] xi, int k0, int span,
            int o1, int o2) {
        for (int t = 0; t < span; t += SPECIES.length()) {
            int k = k0 + t;
            DoubleVector a0 = DoubleVector.fromArray(SPECIES, xr, k);
            DoubleVector b0 = DoubleVector.fromArray(SPECIES, xi, k);
            DoubleVector a1 = DoubleVector.fromArray(SPECIES, xr, k + o1);
            DoubleVector b1 = DoubleVector.fromArray(SPECIES, xi, k + o1);
            DoubleVector a2 = DoubleVector.fromArray(SPECIES, xr, k + o2);
            DoubleVector b2 = DoubleVector.fromArray(SPECIES, xi, k + o2);
            DoubleVector a3 = DoubleVector.fromArray(SPECIES, xr, k + o1 + o2);
            DoubleVector b3 = DoubleVector.fromArray(SPECIES, xi, k + o1 + o2);
            // first level: pairs (0,1) and (2,3)
            DoubleVector r00 = DoubleVector.broadcast(SPECIES, wr1[c0]);
            DoubleVector r01 = DoubleVector.broadcast(SPECIES, wr1[c0 + d1]);
            DoubleVector i00 = DoubleVector.broadcast(SPECIES, wi1[c0]);
            DoubleVector i01 = DoubleVector.broadcast(SPECIES, wi1[c0 + d1]);
            DoubleVector ya0 = a1.fma(r01, a0.mul(r00)).sub(b1.fma(i01, b0.mul(i00)));
            DoubleVector yb0 = a1.fma(i01, b1.fma(r01, a0.fma(i00, b0.mul(r00))));
            r00 = DoubleVector.broadcast(SPECIES, wr1[c0 + 2 * d1]);
            r01 = DoubleVector.broadcast(SPECIES, wr1[c0 + 3 * d1]);
            i00 = DoubleVector.broadcast(SPECIES, wi1[c0 + 2 * d1]);
            i01 = DoubleVector.broadcast(SPECIES, wi1[c0 + 3 * d1]);
            DoubleVector ya1 = a1.fma(r01, a0.mul(r00)).sub(b1.fma(i01, b0.mul(i00)));
            DoubleVector yb1 = a1.fma(i01, b1.fma(r01, a0.fma(i00, b0.mul(r00))));
            r00 = DoubleVector.broadcast(SPECIES, wr1[c2]);
            r01 = DoubleVector.broadcast(SPECIES, wr1[c2 + d1]);
            i00 = DoubleVector.broadcast(SPECIES, wi1[c2]);
            i01 = DoubleVector.broadcast(SPECIES, wi1[c2 + d1]);
            DoubleVector ya2 = a3.fma(r01, a2.mul(r00)).sub(b3.fma(i01, b2.mul(i00)));
            DoubleVector yb2 = a3.fma(i01, b3.fma(r01, a2.fma(i00, b2.mul(r00))));
            r00 = DoubleVector.broadcast(SPECIES, wr1[c2 + 2 * d1]);
            r01 = DoubleVector.broadcast(SPECIES, wr1[c2 + 3 * d1]);
            i00 = DoubleVector.broadcast(SPECIES, wi1[c2 + 2 * d1]);
            i01 = DoubleVector.broadcast(SPECIES, wi1[c2 + 3 * d1]);
            DoubleVector ya3 = a3.fma(r01, a2.mul(r00)).sub(b3.fma(i01, b2.mul(i00)));
            DoubleVector yb3 = a3.fma(i01, b3.fma(r01, a2.fma(i00, b2.mul(r00))));
            // second level: pairs (0,2) and (1,3)
            r00 = DoubleVector.broadcast(SPECIES, wr2[e0]);
            r01 = DoubleVector.broadcast(SPECIES, wr2[e0 + d2]);
            i00 = DoubleVector.broadcast(SPECIES, wi2[e0]);
            i01 = DoubleVector.broadcast(SPECIES, wi2[e0 + d2]);
            ya2.fma(r01, ya0.mul(r00)).sub(yb2.fma(i01, yb0.mul(i00))).intoArray(xr, k);
            ya2.fma(i01, yb2.fma(r01, ya0.fma(i00, yb0.mul(r00)))).intoArray(xi, k);
            r00 = DoubleVector.broadcast(SPECIES, wr2[e0 + 2 * d2]);
            r01 = DoubleVector.broadcast(SPECIES, wr2[e0 + 3 * d2]);
            i00 = DoubleVector.broadcast(SPECIES, wi2[e0 + 2 * d2]);
            i01 = DoubleVector.broadcast(SPECIES, wi2[e0 + 3 * d2]);
            ya2.fma(r01, ya0.mul(r00)).sub(yb2.fma(i01, yb0.mul(i00))).intoArray(xr, k + o2);
            ya2.fma(i01, yb2.fma(r01, ya0.fma(i00, yb0.mul(r00)))).intoArray(xi, k + o2);
            r00 = DoubleVector.broadcast(SPECIES, wr2[e1]);
            r01 = DoubleVector.broadcast(SPECIES, wr2[e1 + d2]);
            i00 = DoubleVector.broadcast(SPECIES, wi2[e1]);
            i01 = DoubleVector.broadcast(SPECIES, wi2[e1 + d2]);
            ya3.fma(r01, ya1.mul(r00)).sub(yb3.fma(i01, yb1.mul(i00))).intoArray(xr, k + o1);
            ya3.fma(i01, yb3.fma(r01, ya1.fma(i00, yb1.mul(r00)))).intoArray(xi, k + o1);
            r00 = DoubleVector.broadcast(SPECIES, wr2[e1 + 2 * d2]);
            r01 = DoubleVector.broadcast(SPECIES, wr2[e1 + 3 * d2]);
            i00 = DoubleVector.broadcast(SPECIES, wi2[e1 + 2 * d2]);
            i01 = DoubleVector.broadcast(SPECIES, wi2[e1 + 3 * d2]);
            ya3.fma(r01, ya1.mul(r00)).sub(yb3.fma(i01, yb1.mul(i00))).intoArray(xr, k + o1 + o2);
            ya3.fma(i01, yb3.fma(r01, ya1.fma(i00, yb1.mul(r00)))).intoArray(xi, k + o1 + o2);
        }
    }

    /**
     * {@link #cgroupB} for two unit levels (first columns all 1): y = x0 + w x1 per pair, four
     * FMAs per complex output instead of eight operations; its single-vector twin is cgroupUV.
     */
    private static void cgroupUB(double[] wr1, double[] wi1, int d1, double[] wr2,
            double[] wi2, int d2, int c0, int c2, int e0, int e1, double[] xr, double[] xi, int k0, int span,
            int o1, int o2) {
        for (int t = 0; t < span; t += SPECIES.length()) {
            int k = k0 + t;
            DoubleVector a0 = DoubleVector.fromArray(SPECIES, xr, k);
            DoubleVector b0 = DoubleVector.fromArray(SPECIES, xi, k);
            DoubleVector a1 = DoubleVector.fromArray(SPECIES, xr, k + o1);
            DoubleVector b1 = DoubleVector.fromArray(SPECIES, xi, k + o1);
            DoubleVector a2 = DoubleVector.fromArray(SPECIES, xr, k + o2);
            DoubleVector b2 = DoubleVector.fromArray(SPECIES, xi, k + o2);
            DoubleVector a3 = DoubleVector.fromArray(SPECIES, xr, k + o1 + o2);
            DoubleVector b3 = DoubleVector.fromArray(SPECIES, xi, k + o1 + o2);
            DoubleVector nb1 = b1.neg();
            DoubleVector nb3 = b3.neg();
            DoubleVector r = DoubleVector.broadcast(SPECIES, wr1[c0 + d1]);
            DoubleVector i = DoubleVector.broadcast(SPECIES, wi1[c0 + d1]);
            DoubleVector ya0 = nb1.fma(i, a1.fma(r, a0));
            DoubleVector yb0 = b1.fma(r, a1.fma(i, b0));
            r = DoubleVector.broadcast(SPECIES, wr1[c0 + 3 * d1]);
            i = DoubleVector.broadcast(SPECIES, wi1[c0 + 3 * d1]);
            DoubleVector ya1 = nb1.fma(i, a1.fma(r, a0));
            DoubleVector yb1 = b1.fma(r, a1.fma(i, b0));
            r = DoubleVector.broadcast(SPECIES, wr1[c2 + d1]);
            i = DoubleVector.broadcast(SPECIES, wi1[c2 + d1]);
            DoubleVector ya2 = nb3.fma(i, a3.fma(r, a2));
            DoubleVector yb2 = b3.fma(r, a3.fma(i, b2));
            r = DoubleVector.broadcast(SPECIES, wr1[c2 + 3 * d1]);
            i = DoubleVector.broadcast(SPECIES, wi1[c2 + 3 * d1]);
            DoubleVector ya3 = nb3.fma(i, a3.fma(r, a2));
            DoubleVector yb3 = b3.fma(r, a3.fma(i, b2));
            DoubleVector nyb2 = yb2.neg();
            DoubleVector nyb3 = yb3.neg();
            r = DoubleVector.broadcast(SPECIES, wr2[e0 + d2]);
            i = DoubleVector.broadcast(SPECIES, wi2[e0 + d2]);
            nyb2.fma(i, ya2.fma(r, ya0)).intoArray(xr, k);
            yb2.fma(r, ya2.fma(i, yb0)).intoArray(xi, k);
            r = DoubleVector.broadcast(SPECIES, wr2[e0 + 3 * d2]);
            i = DoubleVector.broadcast(SPECIES, wi2[e0 + 3 * d2]);
            nyb2.fma(i, ya2.fma(r, ya0)).intoArray(xr, k + o2);
            yb2.fma(r, ya2.fma(i, yb0)).intoArray(xi, k + o2);
            r = DoubleVector.broadcast(SPECIES, wr2[e1 + d2]);
            i = DoubleVector.broadcast(SPECIES, wi2[e1 + d2]);
            nyb3.fma(i, ya3.fma(r, ya1)).intoArray(xr, k + o1);
            yb3.fma(r, ya3.fma(i, yb1)).intoArray(xi, k + o1);
            r = DoubleVector.broadcast(SPECIES, wr2[e1 + 3 * d2]);
            i = DoubleVector.broadcast(SPECIES, wi2[e1 + 3 * d2]);
            nyb3.fma(i, ya3.fma(r, ya1)).intoArray(xr, k + o1 + o2);
            yb3.fma(r, ya3.fma(i, yb1)).intoArray(xi, k + o1 + o2);
        }
    }

    @Override
    public void kronC(double[] wr, double[] wi, int a, int b, int c, int d, double[] xr, double[] xi,
            double[] yr, double[] yi, int batch) {
        if (batch < SPECIES.length()) {
            ScalarKernels64.INSTANCE.kronC(wr, wi, a, b, c, d, xr, xi, yr, yi, batch);
            return;
        }
        int kb = SPECIES.loopBound(batch);
        for (int alpha = 0; alpha < a; alpha++) {
            for (int beta = 0; beta < b; beta++) {
                for (int delta = 0; delta < d; delta++) {
                    int out = ((alpha * b + beta) * d + delta) * batch;
                    int wb = (alpha * b + beta) * c * d + delta;
                    int in0 = (alpha * c * d + delta) * batch;
                    int k = 0;
                    for (; k < kb; k += SPECIES.length()) {
                        DoubleVector accR = DoubleVector.zero(SPECIES);
                        DoubleVector accI = DoubleVector.zero(SPECIES);
                        for (int gamma = 0; gamma < c; gamma++) {
                            int in = in0 + gamma * d * batch + k;
                            DoubleVector vr = DoubleVector.broadcast(SPECIES, wr[wb + gamma * d]);
                            DoubleVector vi = DoubleVector.broadcast(SPECIES, wi[wb + gamma * d]);
                            DoubleVector ar = DoubleVector.fromArray(SPECIES, xr, in);
                            DoubleVector ai = DoubleVector.fromArray(SPECIES, xi, in);
                            accR = ar.fma(vr, accR).sub(ai.mul(vi));
                            accI = ai.fma(vr, ar.fma(vi, accI));
                        }
                        accR.intoArray(yr, out + k);
                        accI.intoArray(yi, out + k);
                    }
                    for (; k < batch; k++) {
                        double sr = 0;
                        double si = 0;
                        for (int gamma = 0; gamma < c; gamma++) {
                            int in = in0 + gamma * d * batch + k;
                            double vr = wr[wb + gamma * d];
                            double vi = wi[wb + gamma * d];
                            sr += vr * xr[in] - vi * xi[in];
                            si += vr * xi[in] + vi * xr[in];
                        }
                        yr[out + k] = sr;
                        yi[out + k] = si;
                    }
                }
            }
        }
    }

    @Override
    public void block(double[] m, boolean shared, double[] x, int n) {
        if (SPECIES.length() != Stage.BLOCK) {
            ScalarKernels64.INSTANCE.block(m, shared, x, n);
            return;
        }
        for (int p = 0; p < n; p += Stage.BLOCK) {
            int mb = shared ? 0 : p * Stage.BLOCK;
            DoubleVector acc = DoubleVector.fromArray(SPECIES, m, mb).mul(x[p]);
            for (int col = 1; col < Stage.BLOCK; col++) {
                DoubleVector column = DoubleVector.fromArray(SPECIES, m, mb + col * Stage.BLOCK);
                acc = column.fma(DoubleVector.broadcast(SPECIES, x[p + col]), acc);
            }
            acc.intoArray(x, p);
        }
    }

    @Override
    public void blockC(double[] mr, double[] mi, boolean shared, double[] xr, double[] xi, int n) {
        if (SPECIES.length() != Stage.BLOCK) {
            ScalarKernels64.INSTANCE.blockC(mr, mi, shared, xr, xi, n);
            return;
        }
        for (int p = 0; p < n; p += Stage.BLOCK) {
            int mb = shared ? 0 : p * Stage.BLOCK;
            DoubleVector accR = DoubleVector.zero(SPECIES);
            DoubleVector accI = DoubleVector.zero(SPECIES);
            DoubleVector negR = DoubleVector.zero(SPECIES);
            for (int col = 0; col < Stage.BLOCK; col++) {
                DoubleVector vr = DoubleVector.fromArray(SPECIES, mr, mb + col * Stage.BLOCK);
                DoubleVector vi = DoubleVector.fromArray(SPECIES, mi, mb + col * Stage.BLOCK);
                DoubleVector ar = DoubleVector.broadcast(SPECIES, xr[p + col]);
                DoubleVector ai = DoubleVector.broadcast(SPECIES, xi[p + col]);
                accR = vr.fma(ar, accR);
                negR = vi.fma(ai, negR);
                accI = vi.fma(ar, vr.fma(ai, accI));
            }
            accR.sub(negR).intoArray(xr, p);
            accI.intoArray(xi, p);
        }
    }
}
