package org.supcert.numeric.butterfly;

import java.util.stream.IntStream;

/**
 * One two-factor step of the hierarchical factorization. A node is a matrix supported on
 * I_a (x) 1_(b x c) (x) I_d, stored as a {@link ButterflyFactor} (the same layout). Splitting it as
 * L R with L on I_a (x) 1_(b1 x c1) (x) I_(b2 d) and R on I_(a c1) (x) 1_(b2 x c2) (x) I_d
 * (b = b1 b2, c = c1 c2) gives one inner index k = (alpha, gamma1, beta2, delta) per rank-one term,
 * and their supports are disjoint b1 x c2 blocks:
 * <pre>
 *   node[alpha, beta1 b2 + beta2, gamma1 c2 + gamma2, delta] ~ L[alpha, beta1, gamma1, beta2 d + delta]
 *                                                            * R[alpha c1 + gamma1, beta2, gamma2, delta]
 * </pre>
 * so the step is one best rank-one approximation per block, done in parallel across blocks. Each
 * block is gathered into a small contiguous buffer (strided by d in the node); consecutive tasks
 * take consecutive delta, so a thread walks the node's cache lines in order.
 */
final class TwoFactorStep {
    private TwoFactorStep() {}

    /** The two factors and the squared Frobenius error ||node - L R||^2 of the step. */
    record Split(ButterflyFactor left, ButterflyFactor right, double errorSquared) {}

    static Split split(ButterflyFactor node, int b1, int c1, int b2, int c2) {
        return split(node, b1, c1, b2, c2, null);
    }

    /**
     * As {@link #split(ButterflyFactor, int, int, int, int)} on the node with permuted columns,
     * node'[., col] = node[., colMap[col]], without copying the node (the root of a DFT with its
     * bit reversal). Only for a dense node (a = d = 1).
     */
    static Split split(ButterflyFactor node, int b1, int c1, int b2, int c2, int[] colMap) {
        final int a = node.a(), b = node.b(), c = node.c(), d = node.d();
        if (colMap != null && (a != 1 || d != 1 || colMap.length != c)) {
            throw new IllegalArgumentException("a column map needs a dense node, got " + node);
        }
        if ((long) b1 * b2 != b || (long) c1 * c2 != c) {
            throw new IllegalArgumentException("split " + b1 + "x" + c1 + " | " + b2 + "x" + c2 + " does not match node " + node);
        }
        boolean complex = node.isComplex();
        ButterflyFactor left = ButterflyFactor.zeros(a, b1, c1, b2 * d, complex);
        ButterflyFactor right = ButterflyFactor.zeros(a * c1, b2, c2, d, complex);
        long tasks = (long) a * c1 * b2 * d;
        long entries = (long) a * b * c * d;
        int chunks = entries < ButterflyTolerances.PARALLEL_MIN_ENTRIES ? 1
                : (int) Math.min(tasks, (long) ButterflyTolerances.CHUNKS_PER_CORE * Runtime.getRuntime().availableProcessors());
        Kernel kernel = new Kernel(node, left, right, b1, c1, b2, c2, colMap);
        double err;
        if (chunks == 1) {
            err = kernel.run(0, tasks);
        } else {
            err = IntStream.range(0, chunks).parallel()
                    .mapToDouble(k -> kernel.run(tasks * k / chunks, tasks * (k + 1) / chunks)).sum();
        }
        return new Split(left, right, err);
    }

    /** The index arithmetic of one split, shared by the worker threads (each brings its own buffers). */
    private static final class Kernel {
        final int a, b, c, d, b1, c1, b2, c2;
        final double[] nr, ni, lr, li, rr, ri;
        final int[] colMap;

        Kernel(ButterflyFactor node, ButterflyFactor left, ButterflyFactor right, int b1, int c1, int b2, int c2,
               int[] colMap) {
            this.colMap = colMap;
            this.a = node.a();
            this.b = node.b();
            this.c = node.c();
            this.d = node.d();
            this.b1 = b1;
            this.c1 = c1;
            this.b2 = b2;
            this.c2 = c2;
            nr = node.re();
            ni = node.im();
            lr = left.re();
            li = left.im();
            rr = right.re();
            ri = right.im();
        }

        /** Solves tasks [t0, t1); returns their squared residual. */
        double run(long t0, long t1) {
            boolean cx = ni != null;
            double[] mr = new double[b1 * c2];
            double[] mi = cx ? new double[b1 * c2] : null;
            double[] ur = new double[b1], ui = new double[b1];
            double[] vr = new double[c2], vi = new double[c2];
            RankOne r1 = new RankOne(b1, c2);
            double err = 0;
            boolean tallBlocks = !cx && c2 == 2 && b1 > 2 && colMap == null;
            if (tallBlocks && d >= BATCH_MIN_LANES) { // lanes = consecutive delta (task order as below)
                TallBatch tall = new TallBatch(b1, Math.min(d, batchWidth(b1)));
                for (long t = t0; t < t1; ) {
                    int delta0 = (int) (t % d);
                    long g = t / d;
                    int width = (int) Math.min(Math.min(tall.width, d - delta0), t1 - t);
                    int beta2 = (int) (g % b2);
                    long h = g / b2;
                    err += tall.run(this, (int) (h / c1), (int) (h % c1), beta2, delta0, width, false);
                    t += width;
                }
                return err;
            }
            if (tallBlocks && c1 >= BATCH_MIN_LANES) { // lanes = consecutive gamma1 at one delta: tasks
                // taken in the order (alpha, beta2, delta, gamma1), gamma1 fastest, a bijection of the task set
                TallBatch tall = new TallBatch(b1, Math.min(c1, batchWidth(b1)));
                for (long t = t0; t < t1; ) {
                    int gamma10 = (int) (t % c1);
                    long g = t / c1;
                    int delta = (int) (g % d);
                    long h = g / d;
                    int width = (int) Math.min(Math.min(tall.width, c1 - gamma10), t1 - t);
                    err += tall.run(this, (int) (h / b2), gamma10, (int) (h % b2), delta, width, true);
                    t += width;
                }
                return err;
            }
            for (long t = t0; t < t1; t++) {
                int delta, beta2, gamma1, alpha;
                if (colMap == null) {
                    delta = (int) (t % d);
                    long g = t / d;
                    beta2 = (int) (g % b2);
                    g /= b2;
                    gamma1 = (int) (g % c1);
                    alpha = (int) (g / c1);
                } else {
                    // a dense node (a = d = 1) read through the column map: gamma1 fastest, so the c1
                    // blocks that read the same b1 rows run one after another while those rows are
                    // in cache (with beta2 fastest, a bit reversal spreads each block's columns over
                    // as many cache lines, and every line was fetched again for each block that
                    // uses it)
                    delta = 0;
                    alpha = 0;
                    gamma1 = (int) (t % c1);
                    beta2 = (int) (t / c1);
                }
                // gather the b1 x c2 block
                for (int beta1 = 0; beta1 < b1; beta1++) {
                    int base = ((alpha * b + beta1 * b2 + beta2) * c + gamma1 * c2) * d + delta;
                    int o = beta1 * c2;
                    if (colMap != null) {
                        int row = base - gamma1 * c2, cb = gamma1 * c2;
                        for (int gamma2 = 0; gamma2 < c2; gamma2++) mr[o + gamma2] = nr[row + colMap[cb + gamma2]];
                        if (cx) for (int gamma2 = 0; gamma2 < c2; gamma2++) mi[o + gamma2] = ni[row + colMap[cb + gamma2]];
                    } else if (d == 1) {
                        System.arraycopy(nr, base, mr, o, c2);
                        if (cx) System.arraycopy(ni, base, mi, o, c2);
                    } else {
                        for (int gamma2 = 0; gamma2 < c2; gamma2++) mr[o + gamma2] = nr[base + gamma2 * d];
                        if (cx) for (int gamma2 = 0; gamma2 < c2; gamma2++) mi[o + gamma2] = ni[base + gamma2 * d];
                    }
                }
                if (cx) r1.complex(mr, mi, b1, c2, ur, ui, vr, vi);
                else r1.real(mr, b1, c2, ur, vr);
                // residual of the block (explicit, so exact fits report ~1e-16, not sqrt(eps))
                for (int beta1 = 0; beta1 < b1; beta1++) {
                    int o = beta1 * c2;
                    double pr = ur[beta1];
                    if (cx) {
                        double pi = ui[beta1];
                        for (int gamma2 = 0; gamma2 < c2; gamma2++) {
                            double er = mr[o + gamma2] - (pr * vr[gamma2] - pi * vi[gamma2]);
                            double ei = mi[o + gamma2] - (pr * vi[gamma2] + pi * vr[gamma2]);
                            err += er * er + ei * ei;
                        }
                    } else {
                        for (int gamma2 = 0; gamma2 < c2; gamma2++) {
                            double e = mr[o + gamma2] - pr * vr[gamma2];
                            err += e * e;
                        }
                    }
                }
                // scatter u into L and v into R
                int lBase = ((alpha * b1) * c1 + gamma1) * (b2 * d) + beta2 * d + delta;
                int lStride = c1 * b2 * d;
                for (int beta1 = 0; beta1 < b1; beta1++) {
                    lr[lBase + beta1 * lStride] = ur[beta1];
                    if (cx) li[lBase + beta1 * lStride] = ui[beta1];
                }
                int rBase = (((alpha * c1 + gamma1) * b2 + beta2) * c2) * d + delta;
                for (int gamma2 = 0; gamma2 < c2; gamma2++) {
                    rr[rBase + gamma2 * d] = vr[gamma2];
                    if (cx) ri[rBase + gamma2 * d] = vi[gamma2];
                }
            }
            return err;
        }
    }

    /**
     * Tall real blocks (c2 = 2) are solved in batches of consecutive lanes (delta, or else gamma1)
     * when there are at least this many.
     */
    static final int BATCH_MIN_LANES = 8;
    /** At most this many lanes per batch. */
    static final int BATCH_WIDTH = 256;
    /**
     * Doubles of block data per batch (b1 x lanes): the batch's rows stay in L2 between its passes
     * (without the cap, the 8192-row blocks of a 16384 left comb made 16 MB batches).
     */
    static final int BATCH_BUDGET = 1 << 15;

    static int batchWidth(int b1) {
        return Math.max(BATCH_MIN_LANES, Math.min(BATCH_WIDTH, BATCH_BUDGET / b1));
    }

    /**
     * The real b1 x 2 blocks of consecutive delta, solved together: the node stores the d copies
     * contiguously, so every pass streams over delta instead of striding by d (the left comb's
     * blocks). Same arithmetic as {@link RankOne#real} for cols == 2, block by block, so the
     * results are identical to the one-block path.
     */
    private static final class TallBatch {
        final int b1;
        final int width;
        final double[] x;
        final double[] g00, g11, g01, z0, z1, piv, nu, v0, v1;
        final int[] k;
        final int[] e;
        final double[] er = new double[2], ei = new double[2];

        TallBatch(int b1, int w) {
            this.b1 = b1;
            this.width = w;
            x = new double[b1 * w];
            g00 = new double[w];
            g11 = new double[w];
            g01 = new double[w];
            z0 = new double[w];
            z1 = new double[w];
            piv = new double[w];
            nu = new double[w];
            v0 = new double[w];
            v1 = new double[w];
            k = new int[w];
            e = new int[w];
        }

        /**
         * Blocks (alpha, gamma1, beta2, delta) for w consecutive lanes: delta0 .. delta0+w-1 at
         * gamma10, or (gammaLanes) gamma10 .. gamma10+w-1 at delta0. Returns their squared residual.
         */
        double run(Kernel kn, int alpha, int gamma10, int beta2, int delta0, int w, boolean gammaLanes) {
            final int d = kn.d, b = kn.b, c = kn.c, b2 = kn.b2, c1 = kn.c1, c2 = kn.c2;
            final int nLane = gammaLanes ? c2 * d : 1, lLane = gammaLanes ? b2 * d : 1, rLane = gammaLanes ? b2 * c2 * d : 1;
            final int gamma1 = gamma10;
            double[] nr = kn.nr;
            java.util.Arrays.fill(g00, 0, w, 0);
            java.util.Arrays.fill(g11, 0, w, 0);
            java.util.Arrays.fill(g01, 0, w, 0);
            for (int beta1 = 0; beta1 < b1; beta1++) {
                int p0 = ((alpha * b + beta1 * b2 + beta2) * c + gamma1 * c2) * d + delta0, p1 = p0 + d;
                for (int q = 0; q < w; q++) {
                    double a0 = nr[p0 + q * nLane], a1 = nr[p1 + q * nLane];
                    g00[q] += a0 * a0;
                    g11[q] += a1 * a1;
                    g01[q] += a0 * a1;
                }
            }
            for (int q = 0; q < w; q++) {
                RankOne.topEigenvector(g00[q], g11[q], g01[q], 0, er, ei);
                boolean first = Math.abs(er[0]) >= Math.abs(er[1]);
                double zp = first ? er[0] : er[1];
                z0[q] = zp == 0 ? 0 : first ? 1 : er[0] / zp;
                z1[q] = zp == 0 ? 0 : first ? er[1] / zp : 1;
                piv[q] = 0;
                k[q] = 0;
            }
            for (int beta1 = 0; beta1 < b1; beta1++) {
                int p0 = ((alpha * b + beta1 * b2 + beta2) * c + gamma1 * c2) * d + delta0, p1 = p0 + d;
                int o = beta1 * w;
                for (int q = 0; q < w; q++) {
                    double xv = nr[p0 + q * nLane] * z0[q] + nr[p1 + q * nLane] * z1[q];
                    x[o + q] = xv;
                    if (Math.abs(xv) > Math.abs(piv[q])) { // strict: the first largest, as RankOne
                        piv[q] = xv;
                        k[q] = beta1;
                    }
                }
            }
            java.util.Arrays.fill(nu, 0, w, 0);
            for (int beta1 = 0; beta1 < b1; beta1++) {
                int o = beta1 * w;
                for (int q = 0; q < w; q++) {
                    double pq = piv[q];
                    double uq = pq == 0 || !Double.isFinite(pq) ? 0 : beta1 == k[q] ? 1 : x[o + q] / pq;
                    x[o + q] = uq;
                    nu[q] += uq * uq;
                }
            }
            for (int q = 0; q < w; q++) {
                double pq = piv[q];
                if (pq == 0 || !Double.isFinite(pq)) {
                    v0[q] = 0;
                    v1[q] = 0;
                    e[q] = 0;
                    continue;
                }
                double f = pq / (z0[q] * z0[q] + z1[q] * z1[q]);
                double a0 = z0[q] * f, a1 = z1[q] * f;
                int eq = RankOne.balancingExponent(nu[q], a0 * a0 + a1 * a1);
                e[q] = eq;
                v0[q] = eq == 0 ? a0 : Math.scalb(a0, -eq);
                v1[q] = eq == 0 ? a1 : Math.scalb(a1, -eq);
            }
            double err = 0;
            int lStride = c1 * b2 * d;
            int lBase = ((alpha * b1) * c1 + gamma1) * (b2 * d) + beta2 * d + delta0;
            for (int beta1 = 0; beta1 < b1; beta1++) {
                int p0 = ((alpha * b + beta1 * b2 + beta2) * c + gamma1 * c2) * d + delta0, p1 = p0 + d;
                int o = beta1 * w, lp = lBase + beta1 * lStride;
                for (int q = 0; q < w; q++) {
                    double uq = e[q] == 0 ? x[o + q] : Math.scalb(x[o + q], e[q]);
                    kn.lr[lp + q * lLane] = uq;
                    double r0 = nr[p0 + q * nLane] - uq * v0[q], r1 = nr[p1 + q * nLane] - uq * v1[q];
                    err += r0 * r0 + r1 * r1;
                }
            }
            int rBase = (((alpha * c1 + gamma1) * b2 + beta2) * c2) * d + delta0;
            for (int q = 0; q < w; q++) {
                kn.rr[rBase + q * rLane] = v0[q];
                kn.rr[rBase + d + q * rLane] = v1[q];
            }
            return err;
        }
    }
}
