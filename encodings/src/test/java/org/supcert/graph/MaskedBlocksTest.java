package org.supcert.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.supcert.support.Mask;
import org.supcert.support.SupportPair;
import org.supcert.support.families.Families;

class MaskedBlocksTest {
    /** The row-by-row search must stop at the cell the cell table's row-major scan stops at. */
    @Test
    void firstSharedCellIsTheCellTablesFirstSharedCell() {
        SplittableRandom rnd = new SplittableRandom(17);
        int compared = 0;
        int shared = 0;
        int wideComponents = 0;
        for (int t = 0; t < 1600; t++) {
            // the last 100 are wide (65-150 inner columns and product columns): components with more
            // than 64 local columns, so bitsets of more than one 64-bit word
            boolean wide = t >= 1500;
            int m = wide ? 6 + rnd.nextInt(5) : 1 + rnd.nextInt(9);
            int r = wide ? 65 + rnd.nextInt(86) : 1 + rnd.nextInt(9);
            int n = wide ? 65 + rnd.nextInt(86) : 1 + rnd.nextInt(9);
            double density = wide ? 0.4 : 0.2 + 0.6 * rnd.nextDouble();
            double rightDensity = wide ? 0.03 + 0.07 * rnd.nextDouble() : density;
            SupportPair p = wide ? noSingletons("p" + t, m, r, n, density, rightDensity, rnd)
                    : new SupportPair("p" + t, Families.random(m, r, density, rnd), Families.random(r, n, rightDensity, rnd));
            for (Component k : Decomposition.of(p).components()) {
                if (k.classes().stream().anyMatch(SupportClass::isComplete)) continue;
                CellTable table = k.cells();
                int[] expected = null;
                scan:
                for (int i = 0; i < table.rows(); i++) {
                    for (int j = 0; j < table.cols(); j++) {
                        if (table.owner(i, j) == CellTable.SHARED) {
                            expected = new int[] {i, j};
                            break scan;
                        }
                    }
                }
                assertArrayEquals(expected, MaskedBlocks.firstSharedCell(k), p::toString);
                compared++;
                if (expected != null) shared++;
                if (k.localColCount() > 64) wideComponents++;
            }
        }
        assertTrue(compared > 200 && shared > 50 && wideComponents > 20, compared + " components compared, " + shared
                + " with a shared cell, " + wideComponents + " with more than 64 local columns");
    }

    /**
     * A random pair whose every inner column meets at least two rows and two columns, so no class
     * is complete unless two columns repeat a support (unlikely at these sizes).
     */
    private static SupportPair noSingletons(String name, int m, int r, int n, double dl, double dr, SplittableRandom rnd) {
        Mask.Builder left = new Mask.Builder(m, r);
        Mask.Builder right = new Mask.Builder(r, n);
        for (int k = 0; k < r; k++) {
            int a = rnd.nextInt(m);
            left.set(a, k).set((a + 1 + rnd.nextInt(m - 1)) % m, k);
            int b = rnd.nextInt(n);
            right.set(k, b).set(k, (b + 1 + rnd.nextInt(n - 1)) % n);
            for (int i = 0; i < m; i++) if (rnd.nextDouble() < dl) left.set(i, k);
            for (int j = 0; j < n; j++) if (rnd.nextDouble() < dr) right.set(k, j);
        }
        return new SupportPair(name, left.build(), right.build());
    }
}
