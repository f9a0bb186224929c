package org.supcert.verifier;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.supcert.exact.RationalMatrix;
import org.supcert.support.Mask;

class NumericFilterTest {
    @Test
    void theLuWitnessIsApproachedButTheIdentityIsFarFromRankOne() {
        List<Mask> lu = List.of(Mask.fromRowStrings(List.of("10", "11")), Mask.fromRowStrings(List.of("11", "01")));
        assertTrue(NumericFilter.mayBeInClosure(lu, RationalMatrix.of(new long[][] {{0, 1}, {1, 0}})));
        // dense 2x1 times 1x2: rank <= 1, closed; the identity is at relative distance 1/sqrt(2)
        List<Mask> rankOne = List.of(Mask.fromRowStrings(List.of("1", "1")), Mask.fromRowStrings(List.of("11")));
        assertFalse(NumericFilter.mayBeInClosure(rankOne, RationalMatrix.of(new long[][] {{1, 0}, {0, 1}})));
        // chains are not filtered
        assertTrue(NumericFilter.mayBeInClosure(List.of(rankOne.get(0), rankOne.get(1), Mask.fromRowStrings(List.of("1", "1"))),
                RationalMatrix.of(new long[][] {{1}, {1}})));
    }
}
