package org.supcert.certificate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.supcert.exact.ModPrime;
import org.supcert.exact.SplitMix64;
import org.supcert.support.Mask;

/**
 * The dense products modulo p against BigInteger arithmetic, on rows long enough (40,000 terms) to
 * go through the accumulators' delayed reduction mid-row: wrong integers fed to the rank could
 * make a wrong full rank, that is a wrong CLOSED.
 */
class SpecializationRankTest {
    static final int LONG = 40_000;

    static Mask dense(int rows, int cols) {
        return Mask.kronecker(1, rows, cols, 1);
    }

    @Test
    void longRowsReduceWithoutOverflowInBothProducts() {
        // free layer 0: C = W_1 W_2 from the right, rows of W_1 have 40,000 entries
        List<Mask> right = List.of(dense(2, 2), dense(2, LONG), dense(LONG, 2));
        SpecializationRank r = new SpecializationRank(right, 0, 9);
        assertArrayEquals(exact(right, 0, 9, 1, 2), toBig((int[]) r.rightProduct(1, Long.MAX_VALUE)));
        // free layer 2: A = W_0 W_1 from the left, 40,000 terms per entry
        List<Mask> left = List.of(dense(2, LONG), dense(LONG, 2), dense(2, 2));
        SpecializationRank l = new SpecializationRank(left, 2, 11);
        assertArrayEquals(exact(left, 2, 11, 0, 1), toBig((int[]) l.leftProduct(1, Long.MAX_VALUE)));
    }

    @Test
    void theProductSupportIsTheSameOnBitsetsAndOnTheSparseFallback() {
        // 65,536 x 16,448 is 2^16 rows of 257 words, over the bitset limit; 200 x 300 is far under it
        for (int[] shape : new int[][] {{65_536, 16_448}, {200, 300}}) {
            Mask.Builder first = new Mask.Builder(shape[0], shape[1]);
            for (int i = 0; i < 100; i++) first.set(i, i).set(i, (i + 1) % 100);
            Mask.Builder second = new Mask.Builder(shape[1], 3);
            for (int k = 0; k < 50; k++) second.set(k, k % 3);
            // row i reaches columns (i % 3) and ((i + 1) % 3) when i or i + 1 is below 50
            long expected = 0;
            for (int i = 0; i < 100; i++) {
                java.util.Set<Integer> cols = new java.util.TreeSet<>();
                if (i < 50) cols.add(i % 3);
                if ((i + 1) % 100 < 50) cols.add(((i + 1) % 100) % 3);
                expected += cols.size();
            }
            assertEquals(expected, new SpecializationRank.Support(List.of(first.build(), second.build())).cells(),
                    shape[0] + " x " + shape[1]);
        }
    }

    /** W_from..W_to with the documented integers, exactly, then reduced modulo p (row-major). */
    static BigInteger[] exact(List<Mask> chain, int free, long seed, int from, int to) {
        SplitMix64 g = new SplitMix64(seed);
        BigInteger[][][] w = new BigInteger[chain.size()][][];
        for (int m = 0; m < chain.size(); m++) {
            if (m == free) continue;
            Mask x = chain.get(m);
            w[m] = new BigInteger[x.rows()][x.cols()];
            for (int i = 0; i < x.rows(); i++) {
                for (int j = 0; j < x.cols(); j++) w[m][i][j] = x.get(i, j) ? BigInteger.valueOf(g.nextValue()) : BigInteger.ZERO;
            }
        }
        BigInteger[][] p = w[from];
        for (int m = from + 1; m <= to; m++) {
            BigInteger[][] q = new BigInteger[p.length][w[m][0].length];
            for (int i = 0; i < p.length; i++) {
                for (int j = 0; j < q[0].length; j++) {
                    BigInteger s = BigInteger.ZERO;
                    for (int k = 0; k < w[m].length; k++) s = s.add(p[i][k].multiply(w[m][k][j]));
                    q[i][j] = s;
                }
            }
            p = q;
        }
        BigInteger[] flat = new BigInteger[p.length * p[0].length];
        for (int i = 0; i < p.length; i++) {
            for (int j = 0; j < p[0].length; j++) flat[i * p[0].length + j] = p[i][j].mod(BigInteger.valueOf(ModPrime.P));
        }
        return flat;
    }

    static BigInteger[] toBig(int[] v) {
        BigInteger[] out = new BigInteger[v.length];
        for (int i = 0; i < v.length; i++) out[i] = BigInteger.valueOf(v[i]);
        return out;
    }
}
