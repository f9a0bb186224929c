package org.supcert.numeric.butterfly;

import java.util.List;
import java.util.stream.IntStream;
import org.supcert.numeric.matrix.Target;

/**
 * Products of butterfly chains without dense factors: the product of consecutive Kronecker-form
 * factors is again of Kronecker form, and each of its entries is a single product of one entry of
 * each half (the inverse of {@link TwoFactorStep}), so a product costs O(its stored entries).
 * {@link #relativeError} streams the top-level product against the target, so checking an N x N
 * factorization needs O(N^1.5) extra memory, not another N x N matrix.
 */
public final class ButterflyProducts {
    private ButterflyProducts() {}

    /** left * right for consecutive Kronecker-form factors (left.d = right.b right.d, right.a = left.a left.c). */
    static ButterflyFactor combine(ButterflyFactor left, ButterflyFactor right) {
        int a = left.a(), b1 = left.b(), c1 = left.c(), b2 = right.b(), c2 = right.c(), d = right.d();
        if (left.d() != b2 * d || right.a() != a * c1) {
            throw new IllegalArgumentException(left + " and " + right + " do not chain");
        }
        boolean cx = left.isComplex() || right.isComplex();
        ButterflyFactor out = ButterflyFactor.zeros(a, b1 * b2, c1 * c2, d, cx);
        double[] lr = left.re(), li = left.im(), rr = right.re(), ri = right.im(), or = out.re(), oi = out.im();
        int b = b1 * b2, c = c1 * c2;
        for (int alpha = 0; alpha < a; alpha++) {
            for (int beta1 = 0; beta1 < b1; beta1++) {
                for (int beta2 = 0; beta2 < b2; beta2++) {
                    for (int gamma1 = 0; gamma1 < c1; gamma1++) {
                        int lBase = ((alpha * b1 + beta1) * c1 + gamma1) * (b2 * d) + beta2 * d;
                        for (int gamma2 = 0; gamma2 < c2; gamma2++) {
                            int rBase = (((alpha * c1 + gamma1) * b2 + beta2) * c2 + gamma2) * d;
                            int oBase = ((alpha * b + beta1 * b2 + beta2) * c + gamma1 * c2 + gamma2) * d;
                            for (int delta = 0; delta < d; delta++) {
                                double xr = lr[lBase + delta], yr = rr[rBase + delta];
                                if (!cx) {
                                    or[oBase + delta] = xr * yr;
                                } else {
                                    double xi = li == null ? 0 : li[lBase + delta];
                                    double yi = ri == null ? 0 : ri[rBase + delta];
                                    or[oBase + delta] = xr * yr - xi * yi;
                                    oi[oBase + delta] = xr * yi + xi * yr;
                                }
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The product of factors lo .. hi-1 as one Kronecker-form node (balanced association). */
    static ButterflyFactor product(List<ButterflyFactor> factors, int lo, int hi) {
        if (hi - lo == 1) return factors.get(lo);
        int k = lo + (hi - lo + 1) / 2;
        return combine(product(factors, lo, k), product(factors, k, hi));
    }

    /** The dense matrix W_1 ... W_L P of a chain (for tests and small sizes: O(rows x cols) memory). */
    public static Target dense(ButterflyChain chain) {
        ButterflyFactor node = product(chain.factors(), 0, chain.factors().size());
        int rows = chain.rows(), cols = chain.cols();
        int[] perm = chain.permutation();
        double[] re = new double[Math.multiplyExact(rows, cols)];
        double[] im = node.isComplex() ? new double[re.length] : null;
        int a = node.a(), b = node.b(), c = node.c(), d = node.d();
        for (int alpha = 0; alpha < a; alpha++) {
            for (int beta = 0; beta < b; beta++) {
                for (int gamma = 0; gamma < c; gamma++) {
                    for (int delta = 0; delta < d; delta++) {
                        int row = (alpha * b + beta) * d + delta;
                        int col = (alpha * c + gamma) * d + delta;
                        if (perm != null) col = perm[col]; // A[:, perm[i]] = B[:, i]
                        int p = node.index(alpha, beta, gamma, delta);
                        re[row * cols + col] = node.re()[p];
                        if (im != null) im[row * cols + col] = node.im()[p];
                    }
                }
            }
        }
        return im == null ? Target.real(rows, cols, re) : Target.complex(rows, cols, re, im);
    }

    /** ||A - W_1 ... W_L P||_F / ||A||_F, streamed (see the class comment); in parallel on large sizes. */
    public static double relativeError(Target target, ButterflyChain chain) {
        return errorNorms(target, chain).relative();
    }

    /**
     * The squared norms behind the relative error, from one pass over the target: the residual on the
     * chain's support, the target on it, and the target off it (that part is read only when the
     * chain's support is not the whole matrix).
     */
    record ErrorNorms(double residualOnSupport, double targetOnSupport, double offSupport) {
        double targetSquared() { return targetOnSupport + offSupport; }

        double relative() {
            double e = residualOnSupport + offSupport, t = targetSquared();
            return t == 0 ? Math.sqrt(e) : Math.sqrt(e / t);
        }
    }

    static ErrorNorms errorNorms(Target target, ButterflyChain chain) {
        if (target.rows() != chain.rows() || target.cols() != chain.cols()) {
            throw new IllegalArgumentException("target is " + target.rows() + " x " + target.cols()
                    + " but the chain is " + chain.rows() + " x " + chain.cols());
        }
        List<ButterflyFactor> f = chain.factors();
        int[] perm = chain.permutation();
        ButterflyFactor left, right;
        if (f.size() == 1) {
            // a single factor: pair it with an identity-valued right factor of form (a c, 1, 1, d)
            ButterflyFactor only = f.get(0);
            double[] ones = new double[only.a() * only.c() * only.d()];
            java.util.Arrays.fill(ones, 1);
            left = only;
            right = ButterflyFactor.real(only.a() * only.c(), 1, 1, only.d(), ones);
        } else {
            int k = (f.size() + 1) / 2;
            left = product(f, 0, k);
            right = product(f, k, f.size());
        }
        final ButterflyFactor l = left, r = right;
        int a = l.a(), b1 = l.b(), c1 = l.c(), b2 = r.b(), c2 = r.c(), d = r.d();
        int bb = b1 * b2, cc = c1 * c2;
        int cols = target.cols();
        double[] ar = target.re(), ai = target.im();
        double[] lr = l.re(), li = l.im(), rr = r.re(), ri = r.im();
        boolean cx = ai != null || li != null || ri != null;
        // one task per (alpha, beta1, beta2): a row of the product block structure; each task returns
        // {residual, target} squared over its entries, so the target is read once
        int tasks = a * b1 * b2;
        IntStream range = IntStream.range(0, tasks);
        if ((long) target.rows() * cols >= ButterflyTolerances.PARALLEL_MIN_ENTRIES) range = range.parallel();
        double[] sums = range.mapToObj(t -> {
            int beta2 = t % b2, beta1 = (t / b2) % b1, alpha = t / (b1 * b2);
            double s = 0, n = 0;
            for (int delta = 0; delta < d; delta++) {
                int row = (alpha * bb + beta1 * b2 + beta2) * d + delta;
                for (int gamma1 = 0; gamma1 < c1; gamma1++) {
                    int lp = ((alpha * b1 + beta1) * c1 + gamma1) * (b2 * d) + beta2 * d + delta;
                    double xr = lr[lp], xi = li == null ? 0 : li[lp];
                    for (int gamma2 = 0; gamma2 < c2; gamma2++) {
                        int rp = (((alpha * c1 + gamma1) * b2 + beta2) * c2 + gamma2) * d + delta;
                        int col = (alpha * cc + gamma1 * c2 + gamma2) * d + delta;
                        if (perm != null) col = perm[col];
                        int q = row * cols + col;
                        double yr = rr[rp], tr = ar[q];
                        if (!cx) {
                            double e = tr - xr * yr;
                            s += e * e;
                            n += tr * tr;
                        } else {
                            double yi = ri == null ? 0 : ri[rp], ti = ai == null ? 0 : ai[q];
                            double er = tr - (xr * yr - xi * yi);
                            double ei = ti - (xr * yi + xi * yr);
                            s += er * er + ei * ei;
                            n += tr * tr + ti * ti;
                        }
                    }
                }
            }
            return new double[] {s, n};
        }).reduce(new double[2], (x, y) -> new double[] {x[0] + y[0], x[1] + y[1]});
        return new ErrorNorms(sums[0], sums[1], offSupportSquared(target, a, d, perm));
    }

    /**
     * Squared norm of the target entries outside I_a (x) 1 (x) I_d (after the column permutation),
     * i.e. what no chain of this architecture can fit. Zero work when a = d = 1.
     */
    static double offSupportSquared(Target target, int a, int d, int[] perm) {
        if (a == 1 && d == 1) return 0;
        int rows = target.rows(), cols = target.cols();
        int rowBlock = rows / a, colBlock = cols / a;
        int[] inverse = null;
        if (perm != null) {
            inverse = new int[cols];
            for (int i = 0; i < cols; i++) inverse[perm[i]] = i;
        }
        double s = 0;
        double[] re = target.re(), im = target.im();
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                int jj = inverse == null ? j : inverse[j];
                boolean on = i / rowBlock == jj / colBlock && i % d == jj % d;
                if (!on) {
                    int q = i * cols + j;
                    s += re[q] * re[q] + (im == null ? 0 : im[q] * im[q]);
                }
            }
        }
        return s;
    }
}
