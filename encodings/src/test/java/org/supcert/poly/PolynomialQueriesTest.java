package org.supcert.poly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.supcert.exact.RationalMatrix;
import org.supcert.support.Mask;

/** The examples of docs/theory.md#section-6, on the real solver. */
class PolynomialQueriesTest {
    static final List<Mask> LU = List.of(Mask.fromRowStrings(List.of("10", "11")), Mask.fromRowStrings(List.of("11", "01")));
    // docs/theory.md#full-space-query: I = [[1,1],[1,1]], J = [[1,1],[0,1],[1,1]]; chain form W_1 = I, W_2 = J^T
    static final List<Mask> NESTED = List.of(Mask.fromRowStrings(List.of("11", "11")), Mask.fromRowStrings(List.of("101", "111")));

    @Test
    void luAttainabilityOfThePermutationIsUnsat() {
        SolverOutcome o = Attainability.check(LU, RationalMatrix.of(new long[][] {{0, 1}, {1, 0}}), SolverLimits.ofMillis(10_000));
        assertEquals(SolverOutcome.Status.UNSAT, o.status(), String.valueOf(o));
        SolverOutcome identity = Attainability.check(LU, RationalMatrix.of(new long[][] {{1, 0}, {0, 1}}), SolverLimits.ofMillis(10_000));
        assertEquals(SolverOutcome.Status.SAT, identity.status(), String.valueOf(identity));
    }

    @Test
    void fullSpaceFindsAMatrixOutsideLuAndProvesTheNestedExampleIsEverything() {
        FullSpaceQuery.Result lu = FullSpaceQuery.check(LU, SolverLimits.ofMillis(10_000));
        assertEquals(SolverOutcome.Status.SAT, lu.outcome().status(), String.valueOf(lu));
        assertNotNull(lu.outside());
        assertEquals(SolverOutcome.Status.UNSAT, Attainability.check(LU, lu.outside(), SolverLimits.ofMillis(10_000)).status(),
                "the SAT witness must be outside P: " + lu.outside());
        FullSpaceQuery.Result nested = FullSpaceQuery.check(NESTED, SolverLimits.ofMillis(30_000));
        assertEquals(SolverOutcome.Status.UNSAT, nested.outcome().status(), String.valueOf(nested));
    }

    @Test
    void laurentCurveTowardsTheLuWitnessIsFoundWithRationalCoefficients() {
        RationalMatrix b = RationalMatrix.of(new long[][] {{0, 1}, {1, 0}});
        LaurentCurveSearch.Result r = LaurentCurveSearch.find(LU, b, 1, SolverLimits.ofMillis(10_000));
        assertEquals(SolverOutcome.Status.SAT, r.outcome().status(), String.valueOf(r.outcome()));
        assertEquals(2, r.coefficients().size());
        assertEquals(3, r.coefficients().get(0).size());
        // degree 0 is just attainability: must be UNSAT
        LaurentCurveSearch.Result constant = LaurentCurveSearch.find(LU, b, 0, SolverLimits.ofMillis(10_000));
        assertEquals(SolverOutcome.Status.UNSAT, constant.outcome().status());
        assertTrue(r.outcome().millis() >= 0);
    }

    @Test
    void aSolverTimeOutIsUnknownWithTheReason() {
        // the three-factor dense chain: nlqsat does not settle it within 50 ms
        Mask dense = Mask.fromRowStrings(List.of("11", "11"));
        FullSpaceQuery.Result r = FullSpaceQuery.check(List.of(dense, dense, dense), SolverLimits.ofMillis(50));
        assertEquals(SolverOutcome.Status.UNKNOWN, r.outcome().status(), String.valueOf(r));
        assertTrue(r.outcome().reason().contains("safety net"), r.outcome().reason());
        assertTrue(r.outcome().byClock());
        assertEquals(null, r.outside());
    }

    @Test
    void aWorkLimitGivesTheSameAnswerAndTheSameWorkEveryTime() {
        Mask dense = Mask.fromRowStrings(List.of("11", "11"));
        SolverLimits limits = new SolverLimits(20_000, 600_000);
        FullSpaceQuery.Result first = FullSpaceQuery.check(List.of(dense, dense, dense), limits);
        assertEquals(SolverOutcome.Status.UNKNOWN, first.outcome().status(), String.valueOf(first));
        assertTrue(first.outcome().reason().contains("work limit"), first.outcome().reason());
        assertFalse(first.outcome().byClock());
        for (int i = 0; i < 3; i++) {
            FullSpaceQuery.Result again = FullSpaceQuery.check(List.of(dense, dense, dense), limits);
            assertEquals(first.outcome().status(), again.outcome().status());
            assertEquals(first.outcome().work(), again.outcome().work());
            assertEquals(first.outcome().reason(), again.outcome().reason());
        }
        SolverOutcome lu = Attainability.check(LU, RationalMatrix.of(new long[][] {{0, 1}, {1, 0}}), new SolverLimits(10_000_000, 600_000));
        assertEquals(SolverOutcome.Status.UNSAT, lu.status());
        assertTrue(lu.work() > 0, "the work used is read from Z3's statistics");
    }
}
