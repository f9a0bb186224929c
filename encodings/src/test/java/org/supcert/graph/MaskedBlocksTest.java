package org.supcert.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.supcert.support.SupportPair;
import org.supcert.support.families.Families;

class MaskedBlocksTest {
    /** The row-by-row search must stop at the cell the cell table's row-major scan stops at. */
    @Test
    void firstSharedCellIsTheCellTablesFirstSharedCell() {
        SplittableRandom rnd = new SplittableRandom(17);
        int compared = 0;
        int shared = 0;
        for (int t = 0; t < 1500; t++) {
            int m = 1 + rnd.nextInt(9);
            int r = 1 + rnd.nextInt(9);
            int n = 1 + rnd.nextInt(9);
            double density = 0.2 + 0.6 * rnd.nextDouble();
            SupportPair p = new SupportPair("p" + t, Families.random(m, r, density, rnd), Families.random(r, n, density, rnd));
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
            }
        }
        assertTrue(compared > 200 && shared > 50, compared + " components compared, " + shared + " with a shared cell");
    }
}
