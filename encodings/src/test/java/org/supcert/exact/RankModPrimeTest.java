package org.supcert.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RankModPrimeTest {
    private static long[][] reduced(long[][] m) {
        long[][] r = new long[m.length][];
        for (int i = 0; i < m.length; i++) {
            r[i] = new long[m[i].length];
            for (int j = 0; j < m[i].length; j++) r[i][j] = ModPrime.reduce(m[i][j]);
        }
        return r;
    }

    @Test
    void ranksOfSmallIntegerMatrices() {
        assertEquals(2, new RankModPrime().rank(reduced(new long[][] {{1, 2}, {3, 4}}), Long.MAX_VALUE));
        assertEquals(1, new RankModPrime().rank(reduced(new long[][] {{1, 2}, {-2, -4}}), Long.MAX_VALUE));
        assertEquals(2, new RankModPrime().rank(reduced(new long[][] {{0, 1, 1}, {0, 1, 1}, {1, 0, -1}}), Long.MAX_VALUE));
        assertEquals(0, new RankModPrime().rank(reduced(new long[][] {{0, 0}, {0, 0}}), Long.MAX_VALUE));
    }

    @Test
    void aMultipleOfThePrimeIsZero() {
        // det = P: full rank over Q, rank 1 modulo P (rank mod p never exceeds the rank over Q)
        long[][] m = reduced(new long[][] {{1, 0}, {0, ModPrime.P}});
        assertEquals(1, new RankModPrime().rank(m, Long.MAX_VALUE));
    }

    @Test
    void spansNeedsFullColumnRank() {
        assertTrue(new RankModPrime().spans(reduced(new long[][] {{1, 1}, {1, 2}, {5, 7}}), Long.MAX_VALUE));
        assertFalse(new RankModPrime().spans(reduced(new long[][] {{1, 1}, {2, 2}, {3, 3}}), Long.MAX_VALUE));
    }

    @Test
    void givesUpPastTheWorkLimit() {
        long[][] m = new long[40][40];
        for (int i = 0; i < 40; i++) for (int j = 0; j < 40; j++) m[i][j] = ModPrime.reduce((long) (i + 1) * (j + 3) + i * i * j);
        RankModPrime r = new RankModPrime();
        assertEquals(-1, r.rank(m, 10));
        assertTrue(r.work() > 10);
    }

    @Test
    void inverseIsAnInverse() {
        for (long a : new long[] {1, 2, 3, 12345, ModPrime.P - 1}) assertEquals(1, ModPrime.mul(a, ModPrime.inverse(a)));
    }
}
