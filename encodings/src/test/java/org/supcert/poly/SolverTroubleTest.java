package org.supcert.poly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.supcert.exact.RationalMatrix;

/**
 * A failing Z3 (here: every solver given a parameter Z3 rejects, a real error raised by Z3, not a
 * simulated one) surfaces from every query as {@link SolverTroubleException} with Z3's reason,
 * never as a raw Z3Exception or as a SAT/UNSAT answer.
 */
class SolverTroubleTest {
    @AfterEach
    void healTheSolver() {
        Z3Session.faultyParameterForTests = null;
    }

    @Test
    void everyQueryReportsAFailingSolverAsSolverTrouble() {
        RationalMatrix b = RationalMatrix.of(new long[][] {{0, 1}, {1, 0}});
        Z3Session.faultyParameterForTests = "supcert_no_such_parameter";
        assertTrouble(() -> Attainability.check(PolynomialQueriesTest.LU, b, SolverLimits.ofMillis(10_000)));
        assertTrouble(() -> FullSpaceQuery.check(PolynomialQueriesTest.LU, SolverLimits.ofMillis(10_000)));
        assertTrouble(() -> LaurentCurveSearch.find(PolynomialQueriesTest.LU, b, 1, SolverLimits.ofMillis(10_000)));
        Z3Session.faultyParameterForTests = null;
        assertEquals(SolverOutcome.Status.UNSAT, Attainability.check(PolynomialQueriesTest.LU, b, SolverLimits.ofMillis(10_000)).status(),
                "the healed solver answers again");
    }

    private static void assertTrouble(Executable query) {
        SolverTroubleException e = assertThrows(SolverTroubleException.class, query);
        assertTrue(e.getMessage().startsWith("Z3 failed: ") && e.getMessage().contains("supcert_no_such_parameter"),
                e.getMessage());
    }
}
