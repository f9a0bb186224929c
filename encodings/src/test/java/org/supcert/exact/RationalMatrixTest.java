package org.supcert.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RationalMatrixTest {
    @Test
    void transposeSwapsEntriesAndShape() {
        RationalMatrix a = RationalMatrix.of(new long[][] {{1, 2, 3}, {4, 5, 6}});
        RationalMatrix t = a.transpose();
        assertEquals(3, t.rows());
        assertEquals(2, t.cols());
        assertEquals(RationalMatrix.of(new long[][] {{1, 4}, {2, 5}, {3, 6}}), t);
        assertEquals(a, t.transpose());
        // (A B)^T = B^T A^T: the product of the transposes in reverse order
        RationalMatrix b = RationalMatrix.of(new long[][] {{1, 0}, {-1, 2}, {0, 3}});
        assertEquals(a.times(b).transpose(), b.transpose().times(a.transpose()));
    }
}
