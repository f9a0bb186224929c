package org.supcert.support.families;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.supcert.support.Mask;
import org.supcert.support.SupportChain;
import org.supcert.support.SupportLimits;

/**
 * Mask families of the field (README, "Families"). All generators are deterministic; random ones
 * take an explicit seed.
 */
public final class Families {
    /** Largest random mask drawn cell by cell (2^28 cells, a few seconds). */
    public static final long MAX_RANDOM_CELLS = 1L << 28;

    private Families() {}

    /** I_a (x) 1_(b x c) (x) I_d: the deformable butterfly (Kronecker) support, (a*b*d) x (a*c*d). */
    public static Mask kronecker(int a, int b, int c, int d) {
        return Mask.kronecker(a, b, c, d);
    }

    /** Factor l (1-based) of the butterfly chain of size n = 2^L: I_(2^(l-1)) (x) 1_(2x2) (x) I_(n/2^l). */
    public static Mask butterflyFactor(int n, int level) {
        int levels = log2(n);
        if (level < 1 || level > levels) throw new IllegalArgumentException("butterfly level " + level + " outside 1.." + levels);
        return kronecker(1 << (level - 1), 2, 2, n >> level);
    }

    /** Support of the product of butterfly factors from..to (1-based, inclusive). */
    public static Mask butterflyProduct(int n, int from, int to) {
        int levels = log2(n);
        if (from < 1 || to > levels || from > to) {
            throw new IllegalArgumentException("butterfly product " + from + ".." + to + " outside 1.." + levels);
        }
        int size = 1 << (to - from + 1);
        return kronecker(1 << (from - 1), size, size, n >> to);
    }

    /** The pair of partial-product supports of a butterfly chain of size n split after k factors. */
    public static SupportChain butterflySplit(int n, int k) {
        int levels = log2(n);
        if (k < 1 || k >= levels) throw new IllegalArgumentException("split point " + k + " outside 1.." + (levels - 1) + " for N = " + n);
        return new SupportChain("butterfly-split:" + n + ":" + k,
                List.of(butterflyProduct(n, 1, k), butterflyProduct(n, k + 1, levels)));
    }

    /** The butterfly chain of size n = 2^L, all L factors. */
    public static SupportChain butterflyChain(int n) {
        int levels = log2(n);
        List<Mask> f = new ArrayList<>();
        for (int l = 1; l <= levels; l++) f.add(butterflyFactor(n, l));
        return new SupportChain("butterfly:" + n, f);
    }

    /**
     * Kaleidoscope chain of size n (Dao et al. 2020): the butterfly factors B_1..B_L followed by their
     * transposes in reverse order, B B^T. Not covered by the hierarchical theorem (docs/theory.md#butterfly-chain).
     */
    public static SupportChain kaleidoscope(int n) {
        int levels = log2(n);
        List<Mask> f = new ArrayList<>();
        for (int l = 1; l <= levels; l++) f.add(butterflyFactor(n, l));
        for (int l = levels; l >= 1; l--) f.add(butterflyFactor(n, l).transpose());
        return new SupportChain("kaleidoscope:" + n, f);
    }

    /**
     * Monarch pair (Dao et al. 2022) in Kronecker form: W_1 = 1_(A x B) (x) I_C (A*C x B*C) and
     * W_2 = I_B (x) 1_(C x D) (B*C x B*D); the product support is dense A*C x B*D. The square
     * Monarch of size N = m*n is monarch:m:m:n:n.
     */
    public static SupportChain monarch(int a, int b, int c, int d) {
        return new SupportChain("monarch:" + a + ":" + b + ":" + c + ":" + d,
                List.of(kronecker(1, a, b, c), kronecker(b, c, d, 1)));
    }

    /** Lower-triangular rows x cols mask (entries i >= j). */
    public static Mask lower(int rows, int cols) {
        Mask.Builder m = new Mask.Builder(rows, cols);
        for (int i = 0; i < rows; i++) for (int j = 0; j <= Math.min(i, cols - 1); j++) m.set(i, j);
        return m.build();
    }

    /** Upper-triangular rows x cols mask (entries i <= j). */
    public static Mask upper(int rows, int cols) {
        Mask.Builder m = new Mask.Builder(rows, cols);
        for (int i = 0; i < rows; i++) for (int j = i; j < cols; j++) m.set(i, j);
        return m.build();
    }

    public static Mask dense(int rows, int cols) {
        checkCells(rows, cols);
        return kronecker(1, rows, cols, 1);
    }

    public static Mask identity(int n) {
        return kronecker(n, 1, 1, 1);
    }

    /** I_blocks (x) 1_(rows x cols). */
    public static Mask blockDiagonal(int blocks, int rows, int cols) {
        return kronecker(blocks, rows, cols, 1);
    }

    /**
     * N:M structured sparsity (2:4 and the like) along each row: every group of {@code m}
     * consecutive columns holds exactly {@code n} allowed entries at seeded random positions, as a
     * layer pruned N:M along its input dimension (the rows of a factor in product order are its
     * output units). The column count must be a multiple of m.
     */
    public static Mask nOfM(int rows, int cols, int n, int m, long seed) {
        if (m < 1 || n < 0 || n > m || cols % m != 0) {
            throw new IllegalArgumentException(n + ":" + m + " needs 0 <= N <= M and a column count divisible by M, got " + cols);
        }
        checkCells(rows, cols);
        if ((long) rows * cols > MAX_RANDOM_CELLS) {
            throw new IllegalArgumentException("N:M " + rows + " x " + cols + " mask: more than " + MAX_RANDOM_CELLS + " cells");
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        Mask.Builder b = new Mask.Builder(rows, cols);
        int[] pos = new int[m];
        for (int i = 0; i < rows; i++) {
            for (int g = 0; g < cols; g += m) {
                for (int t = 0; t < m; t++) pos[t] = t;
                for (int t = 0; t < n; t++) { // partial Fisher-Yates: the first n of a random permutation
                    int u = t + rnd.nextInt(m - t);
                    int x = pos[t]; pos[t] = pos[u]; pos[u] = x;
                    b.set(i, g + pos[t]);
                }
            }
        }
        return b.build();
    }

    /** Each entry allowed independently with the given probability (seeded). */
    public static Mask random(int rows, int cols, double density, long seed) {
        return random(rows, cols, density, new SplittableRandom(seed));
    }

    /** Each entry allowed independently with the given probability, drawn row by row from {@code rnd}. */
    public static Mask random(int rows, int cols, double density, SplittableRandom rnd) {
        if (!(density >= 0 && density <= 1)) throw new IllegalArgumentException("density " + density + " is not in [0, 1]");
        checkCells(rows, cols);
        if ((long) rows * cols > MAX_RANDOM_CELLS) {
            throw new IllegalArgumentException("random " + rows + " x " + cols + " mask: more than " + MAX_RANDOM_CELLS
                    + " cells to draw (the generator visits every cell)");
        }
        // drawn in row-major order, so the compressed rows come out sorted: no builder, no sort
        // (the 4096 x 16384 masks of `bench verify --huge` hold 33 M entries each)
        int[] start = new int[rows + 1];
        int[] idx = new int[Math.max(16, (int) Math.min(Integer.MAX_VALUE - 8, (long) (1.05 * density * rows * cols) + 16))];
        int n = 0;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                if (rnd.nextDouble() < density) {
                    if (n == SupportLimits.MAX_NONZEROS) {
                        throw new IllegalArgumentException("mask has more than " + n + " non-zeros");
                    }
                    if (n == idx.length) idx = Arrays.copyOf(idx, (int) Math.min(Integer.MAX_VALUE - 8, 2L * n));
                    idx[n++] = j;
                }
            }
            start[i + 1] = n;
        }
        return Mask.fromSortedRows(rows, cols, start, Arrays.copyOf(idx, n));
    }

    /** L x U, both n x n: NOT CLOSED for n >= 2 (the LU pattern of docs/theory.md#corner-certificate). */
    public static SupportChain lu(int n) {
        return new SupportChain("lu:" + n, List.of(lower(n, n), upper(n, n)));
    }

    /** L x D x U, a three-factor chain. */
    public static SupportChain ldu(int n) {
        return new SupportChain("ldu:" + n, List.of(lower(n, n), identity(n), upper(n, n)));
    }

    /** Dense m x r times dense r x n: rank <= r matrices, CLOSED by Theorem A. */
    public static SupportChain denseRank(int m, int n, int r) {
        return new SupportChain("dense:" + m + ":" + n + ":" + r, List.of(dense(m, r), dense(r, n)));
    }

    static int log2(int n) {
        if (n < 2 || Integer.bitCount(n) != 1) throw new IllegalArgumentException("N = " + n + " is not a power of two >= 2");
        return Integer.numberOfTrailingZeros(n);
    }

    private static void checkCells(int rows, int cols) {
        if (rows < 1 || cols < 1) throw new IllegalArgumentException("shape " + rows + " x " + cols + " must be positive");
        if (rows > SupportLimits.MAX_DIMENSION || cols > SupportLimits.MAX_DIMENSION) {
            throw new IllegalArgumentException("shape " + rows + " x " + cols + " exceeds the limit of "
                    + SupportLimits.MAX_DIMENSION + " per dimension");
        }
    }
}
