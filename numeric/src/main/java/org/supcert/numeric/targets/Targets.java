package org.supcert.numeric.targets;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.supcert.numeric.butterfly.ButterflyChain;
import org.supcert.numeric.butterfly.ButterflyFactor;
import org.supcert.numeric.butterfly.ButterflyProducts;
import org.supcert.numeric.matrix.Target;

/**
 * The built-in targets. Conventions (stated once here, relied on by the CLI and the tests):
 * <ul>
 *   <li>{@link #hadamard}: Sylvester's Hadamard matrix, H[i][j] = (-1)^popcount(i &amp; j), entries +-1
 *       (not normalized).</li>
 *   <li>{@link #dft}: F[j][k] = exp(-2 pi i j k / N) (numpy.fft's convention, <b>not unitary</b>) or,
 *       with {@code unitary}, that matrix divided by sqrt(N). F = W_1 ... W_L P with the standard
 *       butterfly factors and P the {@link #bitReversal} permutation (radix-2 decimation in time).</li>
 *   <li>{@link #dct2}: the orthonormal DCT-II (scipy's norm="ortho"), C[k][n] = s_k cos(pi (2n+1) k / 2N),
 *       s_0 = sqrt(1/N), s_k = sqrt(2/N). Not exactly a butterfly product in this factor order.</li>
 *   <li>{@link #randomButterfly}: W_1 ... W_L with i.i.d. standard normal entries on the standard
 *       butterfly supports, from a seeded generator.</li>
 *   <li>{@link #withNoise}: A + level ||A||_F W / ||W||_F with W i.i.d. standard normal (complex normal
 *       for complex A), seeded, so ||noise||_F = level ||A||_F exactly.</li>
 * </ul>
 * Every factory that needs N = 2^L throws IllegalArgumentException otherwise.
 */
public final class Targets {
    private Targets() {}

    /** Throws unless n is a power of two >= 2; returns log2(n). */
    public static int requirePowerOfTwo(int n, String what) {
        if (n < 2 || Integer.bitCount(n) != 1) {
            throw new IllegalArgumentException(what + ": N = " + n + " is not a power of two >= 2");
        }
        return Integer.numberOfTrailingZeros(n);
    }

    public static Target hadamard(int n) {
        requirePowerOfTwo(n, "hadamard");
        double[] re = new double[Math.multiplyExact(n, n)];
        // Sylvester's doubling within row i: entries [len, 2 len) are entries [0, len) times -1 when
        // bit len of i is set. Copies instead of a parity per entry (Integer.bitCount, which the
        // first JIT tier calls rather than inlines): building Hadamard 4096 cold took 3x longer.
        eachRow(n, i -> {
            int off = i * n;
            re[off] = 1;
            for (int len = 1; len < n; len <<= 1) {
                if ((i & len) == 0) System.arraycopy(re, off, re, off + len, len);
                else for (int j = off; j < off + len; j++) re[j + len] = -re[j];
            }
        });
        return Target.real(n, n, re);
    }

    public static Target dft(int n, boolean unitary) {
        requirePowerOfTwo(n, "dft");
        double[] cos = new double[n];
        double[] sin = new double[n];
        for (int m = 0; m < n; m++) {
            double t = 2 * Math.PI * m / n; // exact reduction of j*k mod N keeps every entry accurate
            cos[m] = Math.cos(t);
            sin[m] = -Math.sin(t);
        }
        double s = unitary ? 1 / Math.sqrt(n) : 1;
        double[] re = new double[Math.multiplyExact(n, n)];
        double[] im = new double[n * n];
        eachRow(n, j -> {
            for (int k = 0; k < n; k++) {
                int m = (int) (((long) j * k) & (n - 1));
                re[j * n + k] = s * cos[m];
                im[j * n + k] = s * sin[m];
            }
        });
        return Target.complex(n, n, re, im);
    }

    public static Target dct2(int n) {
        requirePowerOfTwo(n, "dct");
        double[] re = new double[Math.multiplyExact(n, n)];
        eachRow(n, k -> {
            double s = Math.sqrt((k == 0 ? 1.0 : 2.0) / n);
            for (int j = 0; j < n; j++) {
                // (2j+1)k mod 4N keeps the angle argument exact
                long m = ((2L * j + 1) * k) % (4L * n);
                re[k * n + j] = s * Math.cos(Math.PI * m / (2.0 * n));
            }
        });
        return Target.real(n, n, re);
    }

    /** Rows with at least this many entries in all are filled in parallel. */
    static final long PARALLEL_MIN_ENTRIES = 1 << 18;

    /**
     * Runs {@code row} for 0..n-1 of an n x n target, in parallel when the target is large: each
     * row is written by one thread, so the values do not depend on the threads, and the first touch
     * of a large array's pages (slow on this project's VM) is shared by the cores.
     */
    private static void eachRow(int n, IntConsumer row) {
        IntStream rows = IntStream.range(0, n);
        if ((long) n * n >= PARALLEL_MIN_ENTRIES) rows = rows.parallel();
        rows.forEach(row);
    }

    /** The bit-reversal permutation of 0..n-1 (an involution). */
    public static int[] bitReversal(int n) {
        int bits = requirePowerOfTwo(n, "bit reversal");
        int[] p = new int[n];
        for (int i = 0; i < n; i++) p[i] = Integer.reverse(i) >>> (32 - bits);
        return p;
    }

    /** The standard butterfly chain of size n with i.i.d. N(0,1) values, seeded. */
    public static ButterflyChain randomButterflyChain(int n, long seed, boolean complex) {
        int levels = requirePowerOfTwo(n, "random-butterfly");
        SplittableRandom rnd = new SplittableRandom(seed);
        List<ButterflyFactor> factors = new ArrayList<>();
        for (int l = 1; l <= levels; l++) {
            ButterflyFactor f = ButterflyFactor.standard(n, l, complex);
            fillGaussian(f.re(), rnd);
            if (complex) fillGaussian(f.im(), rnd);
            factors.add(f);
        }
        return new ButterflyChain(factors, null);
    }

    /**
     * The DFT of size n (exp(-2 pi i jk/n), not unitary) as its radix-2 butterfly chain, decimation in
     * time: W_l = I_(2^(l-1)) (x) [[I, Omega], [I, -Omega]] with the twiddles Omega, and the
     * bit-reversal permutation. The exact factorization the hierarchical algorithm recovers.
     */
    public static ButterflyChain dftButterflyChain(int n) {
        int levels = requirePowerOfTwo(n, "dft butterfly chain");
        List<ButterflyFactor> factors = new ArrayList<>();
        for (int l = 1; l <= levels; l++) {
            int d = n >> l;
            ButterflyFactor w = ButterflyFactor.standard(n, l, true);
            for (int alpha = 0; alpha < w.a(); alpha++) {
                for (int delta = 0; delta < d; delta++) {
                    double angle = -Math.PI * delta / d;
                    w.re()[w.index(alpha, 0, 0, delta)] = 1;
                    w.re()[w.index(alpha, 1, 0, delta)] = 1;
                    w.re()[w.index(alpha, 0, 1, delta)] = Math.cos(angle);
                    w.im()[w.index(alpha, 0, 1, delta)] = Math.sin(angle);
                    w.re()[w.index(alpha, 1, 1, delta)] = -Math.cos(angle);
                    w.im()[w.index(alpha, 1, 1, delta)] = -Math.sin(angle);
                }
            }
            factors.add(w);
        }
        return new ButterflyChain(factors, bitReversal(n));
    }

    /** The dense product of {@link #randomButterflyChain} (real). */
    public static Target randomButterfly(int n, long seed) {
        return ButterflyProducts.dense(randomButterflyChain(n, seed, false));
    }

    /** A + level ||A||_F W / ||W||_F, W standard normal from {@code seed}; a new target. */
    public static Target withNoise(Target a, double level, long seed) {
        if (!(level >= 0) || Double.isInfinite(level)) {
            throw new IllegalArgumentException("noise level " + level + " must be finite and >= 0");
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        int size = a.rows() * a.cols();
        double[] wr = new double[size];
        double[] wi = a.isComplex() ? new double[size] : null;
        fillGaussian(wr, rnd);
        if (wi != null) fillGaussian(wi, rnd);
        double wn = 0;
        for (double x : wr) wn += x * x;
        if (wi != null) for (double x : wi) wn += x * x;
        double scale = level * Math.sqrt(a.frobeniusNormSquared() / wn);
        for (int p = 0; p < size; p++) {
            wr[p] = a.re()[p] + scale * wr[p];
            if (wi != null) wi[p] = a.im()[p] + scale * wi[p];
        }
        return wi == null ? Target.real(a.rows(), a.cols(), wr) : Target.complex(a.rows(), a.cols(), wr, wi);
    }

    private static void fillGaussian(double[] x, SplittableRandom rnd) {
        // Box-Muller on a SplittableRandom: deterministic per seed on every JVM
        for (int p = 0; p < x.length; p += 2) {
            double u1 = 1.0 - rnd.nextDouble();
            double u2 = rnd.nextDouble();
            double r = Math.sqrt(-2 * Math.log(u1));
            x[p] = r * Math.cos(2 * Math.PI * u2);
            if (p + 1 < x.length) x[p + 1] = r * Math.sin(2 * Math.PI * u2);
        }
    }
}
