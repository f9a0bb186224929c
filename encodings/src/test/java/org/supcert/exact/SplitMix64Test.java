package org.supcert.exact;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Pins the generator to values computed independently (python3, 64-bit arithmetic by masking):
 * a certificate that stores a seed is only as good as the promise that the integers regenerate.
 */
class SplitMix64Test {
    @Test
    void firstOutputsForSeedZeroAndFortyTwo() {
        assertArrayEquals(new long[] {-2152535657050944081L, 7960286522194355700L, 487617019471545679L,
                -537132696929009172L, 1961750202426094747L}, next(0, 5));
        assertArrayEquals(new long[] {-4767286540954276203L, 2949826092126892291L, 5139283748462763858L,
                6349198060258255764L, 701532786141963250L}, next(42, 5));
    }

    @Test
    void valuesAreTheTopSixteenBitsPlusOne() {
        assertArrayEquals(new long[] {57889, 28281, 1733, 63628, 6970}, values(0, 5));
        assertArrayEquals(new long[] {48600, 10480, 18259, 22557, 2493}, values(42, 5));
        for (long v : values(7, 10_000)) assertTrue(v >= 1 && v <= SplitMix64.MAX_VALUE, "value " + v);
    }

    private static long[] next(long seed, int n) {
        SplitMix64 g = new SplitMix64(seed);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) out[i] = g.next();
        return out;
    }

    private static long[] values(long seed, int n) {
        SplitMix64 g = new SplitMix64(seed);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) out[i] = g.nextValue();
        return out;
    }
}
