package org.supcert.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.supcert.numeric.butterfly.ButterflyChain;
import org.supcert.numeric.butterfly.ButterflyFactor;

/** Seeded benchmark inputs: a random real butterfly chain and the DFT's butterfly chain. */
final class Chains {
    private Chains() {}

    static ButterflyChain random(long seed, int n) {
        Random rnd = new Random(seed);
        int levels = Integer.numberOfTrailingZeros(n);
        List<ButterflyFactor> f = new ArrayList<>();
        for (int l = 1; l <= levels; l++) {
            double[] v = gaussian(rnd, 2 * n);
            for (int i = 0; i < v.length; i++) v[i] *= Math.sqrt(0.5);
            f.add(ButterflyFactor.real(1 << (l - 1), 2, 2, n >> l, v));
        }
        return new ButterflyChain(f, null);
    }

    /** Radix-2 decimation in time: W_l = I_(2^(l-1)) (x) [[I, O], [I, -O]], then the bit reversal. */
    static ButterflyChain dft(int n) {
        int levels = Integer.numberOfTrailingZeros(n);
        List<ButterflyFactor> f = new ArrayList<>();
        for (int l = 1; l <= levels; l++) {
            int d = n >> l;
            ButterflyFactor w = ButterflyFactor.zeros(1 << (l - 1), 2, 2, d, true);
            for (int alpha = 0; alpha < w.a(); alpha++) {
                for (int delta = 0; delta < d; delta++) {
                    double ang = -Math.PI * delta / d;
                    w.re()[w.index(alpha, 0, 0, delta)] = 1;
                    w.re()[w.index(alpha, 1, 0, delta)] = 1;
                    w.re()[w.index(alpha, 0, 1, delta)] = Math.cos(ang);
                    w.im()[w.index(alpha, 0, 1, delta)] = Math.sin(ang);
                    w.re()[w.index(alpha, 1, 1, delta)] = -Math.cos(ang);
                    w.im()[w.index(alpha, 1, 1, delta)] = -Math.sin(ang);
                }
            }
            f.add(w);
        }
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) perm[i] = Integer.reverse(i) >>> (32 - levels);
        return new ButterflyChain(f, perm);
    }

    static double[] gaussian(Random rnd, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = rnd.nextGaussian();
        return v;
    }
}
