package org.supcert.bench;

import java.util.Random;
import org.supcert.numeric.butterfly.ButterflyChain;
import org.supcert.numeric.targets.Targets;

/** Seeded benchmark inputs: a random real butterfly chain and the DFT's butterfly chain. */
final class Chains {
    private Chains() {}

    /** A seeded real butterfly chain of size n (the numeric module's generator). */
    static ButterflyChain random(long seed, int n) {
        return Targets.randomButterflyChain(n, seed, false);
    }

    /** The DFT's radix-2 butterfly chain with the bit reversal. */
    static ButterflyChain dft(int n) {
        return Targets.dftButterflyChain(n);
    }

    static double[] gaussian(Random rnd, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = rnd.nextGaussian();
        return v;
    }
}
