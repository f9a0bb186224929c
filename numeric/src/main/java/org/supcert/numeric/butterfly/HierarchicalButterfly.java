package org.supcert.numeric.butterfly;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.supcert.numeric.matrix.Target;

/**
 * Hierarchical butterfly factorization (docs/theory.md#seed-004; Zheng, Riccietti, Gribonval, "Efficient
 * identification of butterfly sparse matrix factorizations"): split the factors into a left and a
 * right group along a {@link ButterflyTree}; the supports of the two partial products make a
 * two-factor problem whose rank-one supports are pairwise disjoint, solved exactly by one best
 * rank-one approximation per block ({@link TwoFactorStep}); recurse on both groups.
 *
 * <p>Cost O(N^2) for an N x N target whatever the tree; memory: the target (read in place, also
 * under a column permutation) plus the partial products, at most about half
 * the target's size at a time (comb trees) and O(N^1.5) for the balanced tree; the factors take
 * O(N log N). Exact on every product of butterfly factors (up to the diagonal scaling ambiguity)
 * and, on a noisy target, within (2^(L-1) - 1) E* of A (docs/theory.md#seed-000, Theorem VII).
 */
public final class HierarchicalButterfly {
    private HierarchicalButterfly() {}

    /** Standard butterfly chain of size N = 2^L for a square target. */
    public static ButterflyResult factorize(Target target, ButterflyTree tree, int[] permutation) {
        if (target.rows() != target.cols()) {
            throw new IllegalArgumentException("target is " + target.rows() + " x " + target.cols()
                    + ": the standard butterfly chain needs a square N x N target");
        }
        int n = target.rows();
        if (n < 2 || Integer.bitCount(n) != 1) {
            throw new IllegalArgumentException("target is " + n + " x " + n + ": N is not a power of two >= 2");
        }
        return factorize(target, ButterflyArchitecture.standard(n), tree, permutation);
    }

    /**
     * Factorizes {@code target} ~ W_1 ... W_L P over the given architecture.
     *
     * @param permutation column permutation P ((P x)[i] = x[perm[i]]), e.g. the bit reversal for the
     *     DFT, or null
     * @throws IllegalArgumentException on a shape mismatch, a bad permutation or a non-finite entry
     */
    public static ButterflyResult factorize(Target target, ButterflyArchitecture arch, ButterflyTree tree,
                                            int[] permutation) {
        if (target.rows() != arch.rows() || target.cols() != arch.cols()) {
            throw new IllegalArgumentException("target is " + target.rows() + " x " + target.cols()
                    + " but the butterfly supports multiply to " + arch.rows() + " x " + arch.cols());
        }
        target.requireFinite("target");
        long t0 = System.nanoTime();
        ButterflyArchitecture.Form top = arch.range(0, arch.size());
        boolean dense = top.a() == 1 && top.d() == 1;
        // a dense root is read in place; its column permutation is applied by the first split's gather
        int[] rootMap = dense && arch.size() > 1 ? permutation : null;
        Target b = permutation == null || rootMap != null ? target : target.permuteColumns(permutation);
        ButterflyFactor root = dense
                ? (b.isComplex() ? ButterflyFactor.complex(1, b.rows(), b.cols(), 1, b.re(), b.im())
                                 : ButterflyFactor.real(1, b.rows(), b.cols(), 1, b.re()))
                : gather(b, top);
        if (arch.size() == 1 && b == target) root = root.copy(); // the factor must not alias the caller's target
        b = null;
        Recursion rec = new Recursion(arch, tree);
        rec.solve(root, 0, arch.size(), 0, rootMap);
        root = null;
        List<ButterflyFactor> factors = new ArrayList<>(Arrays.asList(rec.factors));
        ButterflyChain chain = new ButterflyChain(factors, permutation);
        double seconds = (System.nanoTime() - t0) * 1e-9;

        long t1 = System.nanoTime();
        // one pass over the target gives the residual, ||A||^2 and the off-support part
        ButterflyProducts.ErrorNorms e = ButterflyProducts.errorNorms(target, chain);
        double norm2 = e.targetSquared(), off = e.offSupport();
        double rel = e.relative();
        double errorSeconds = (System.nanoTime() - t1) * 1e-9;
        double scale = norm2 == 0 ? 1 : 1 / Math.sqrt(norm2);
        double[] levels = new double[rec.depth];
        for (int i = 0; i < levels.length; i++) levels[i] = Math.sqrt(rec.levelErrorSquared[i]) * scale;
        return new ButterflyResult(chain, rel, levels, Math.sqrt(off) * scale, seconds, errorSeconds);
    }

    /** The node of form {@code top} read from the target (entries outside the support are dropped). */
    private static ButterflyFactor gather(Target t, ButterflyArchitecture.Form top) {
        int a = top.a(), bb = top.b(), cc = top.c(), d = top.d();
        ButterflyFactor node = ButterflyFactor.zeros(a, bb, cc, d, t.isComplex());
        int cols = t.cols();
        for (int alpha = 0; alpha < a; alpha++) {
            for (int beta = 0; beta < bb; beta++) {
                for (int gamma = 0; gamma < cc; gamma++) {
                    for (int delta = 0; delta < d; delta++) {
                        int q = ((alpha * bb + beta) * d + delta) * cols + (alpha * cc + gamma) * d + delta;
                        int p = node.index(alpha, beta, gamma, delta);
                        node.re()[p] = t.re()[q];
                        if (t.isComplex()) node.im()[p] = t.im()[q];
                    }
                }
            }
        }
        return node;
    }

    /** The recursion state: factors found so far and the squared residual per depth. */
    private static final class Recursion {
        final ButterflyArchitecture arch;
        final ButterflyTree tree;
        final ButterflyFactor[] factors;
        final double[] levelErrorSquared;
        int depth;

        Recursion(ButterflyArchitecture arch, ButterflyTree tree) {
            this.arch = arch;
            this.tree = tree;
            this.factors = new ButterflyFactor[arch.size()];
            this.levelErrorSquared = new double[Math.max(1, arch.size() - 1)];
        }

        void solve(ButterflyFactor node, int lo, int hi, int level, int[] colMap) {
            if (hi - lo == 1) {
                factors[lo] = node;
                return;
            }
            int k = tree.split(lo, hi);
            ButterflyArchitecture.Form lf = arch.range(lo, k), rf = arch.range(k, hi);
            TwoFactorStep.Split s = TwoFactorStep.split(node, lf.b(), lf.c(), rf.b(), rf.c(), colMap);
            levelErrorSquared[level] += s.errorSquared();
            depth = Math.max(depth, level + 1);
            ButterflyFactor right = s.right();
            solve(s.left(), lo, k, level + 1, null);
            solve(right, k, hi, level + 1, null);
        }
    }
}
