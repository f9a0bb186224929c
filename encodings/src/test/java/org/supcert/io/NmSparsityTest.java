package org.supcert.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.supcert.support.Mask;

class NmSparsityTest {
    /** A random exact n:m mask, rows x cols, groups along each row. */
    private static Mask random(int rows, int cols, int n, int m, long seed) {
        Random rnd = new Random(seed);
        Mask.Builder b = new Mask.Builder(rows, cols);
        for (int i = 0; i < rows; i++) {
            for (int g = 0; g < cols / m; g++) {
                int[] perm = new int[m];
                for (int k = 0; k < m; k++) perm[k] = k;
                for (int k = m - 1; k > 0; k--) {
                    int r = rnd.nextInt(k + 1);
                    int x = perm[k];
                    perm[k] = perm[r];
                    perm[r] = x;
                }
                for (int k = 0; k < n; k++) b.set(i, g * m + perm[k]);
            }
        }
        return b.build();
    }

    @Test
    void detectsTwoFourOnLargeRandomMasks() {
        Mask m = random(64, 128, 2, 4, 1);
        NmSparsity nm = NmSparsity.detect(m).orElseThrow();
        assertEquals(2, nm.n());
        assertEquals(4, nm.m());
        assertTrue(nm.exact());
        assertTrue(NmSparsity.holds(m, 2, 4));
        assertTrue(NmSparsity.holds(m, 4, 8), "2:4 implies 4:8");
        assertFalse(NmSparsity.holds(m, 1, 4));
    }

    @Test
    void prefersTheSmallestRatioThenTheSmallestGroup() {
        assertEquals("1:4", NmSparsity.detect(random(16, 64, 1, 4, 2)).orElseThrow().toString());
        assertEquals("1:2", NmSparsity.detect(random(16, 64, 1, 2, 3)).orElseThrow().toString());
        assertEquals("4:8", NmSparsity.detect(random(64, 64, 4, 8, 4)).orElseThrow().toString());
    }

    @Test
    void atMostNIsNotExactButNamedWhenHalfTheGroupsAreFull() {
        Mask m = Mask.fromRowStrings(List.of("1100", "1000", "0101", "1001"));
        NmSparsity nm = NmSparsity.detect(m).orElseThrow();
        assertEquals("2:4", nm.toString());
        assertFalse(nm.exact());
    }

    @Test
    void aBoundThatFewGroupsReachIsUnstructured() {
        // 1 of 3 groups holds 2: "2:4 at most" would describe unstructured pruning as N:M
        assertTrue(NmSparsity.detect(Mask.fromRowStrings(List.of("1100", "1000", "0001"))).isEmpty());
        // unstructured pruning at 25% density over 64 columns: some group of 16 holds many entries,
        // few groups as many, so no N:M is claimed (the "12:16 (at most)")
        Random rnd = new Random(7);
        Mask.Builder b = new Mask.Builder(64, 64);
        for (int i = 0; i < 64; i++) for (int j = 0; j < 64; j++) if (rnd.nextDouble() < 0.25) b.set(i, j);
        Mask unstructured = b.build();
        assertTrue(NmSparsity.detect(unstructured).isEmpty(), () -> "claimed " + NmSparsity.detect(unstructured));
    }

    @Test
    void denseRowsAndOddWidthsAreNotStructured() {
        assertTrue(NmSparsity.detect(Mask.fromRowStrings(List.of("1111", "1000"))).isEmpty());
        assertTrue(NmSparsity.detect(Mask.fromRowStrings(List.of("101"))).isEmpty());
        assertFalse(NmSparsity.holds(Mask.fromRowStrings(List.of("100")), 1, 2), "3 columns do not split into pairs");
    }

    @Test
    void otherDimensionThroughTheTranspose() {
        Mask m = random(32, 16, 2, 4, 5).transpose(); // groups now run down the columns
        assertTrue(NmSparsity.detect(m.transpose()).isPresent());
        assertEquals("2:4", NmSparsity.detect(m.transpose()).orElseThrow().toString());
    }
}
