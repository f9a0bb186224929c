package org.supcert.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.supcert.certificate.NamedResult;
import org.supcert.poly.FullSpaceQuery;
import org.supcert.poly.SolverLimits;
import org.supcert.poly.SolverOutcome;
import org.supcert.support.Mask;
import org.supcert.support.SupportChain;

/**
 * The full-space query is asked on the transposed pattern when the direct one runs out of work
 * (docs/theory.md#transposition): the nested pair of cases/nested-transposed.json is CLOSED that way,
 * and the transposed query's B outside P, transposed back, is the witness of cases/transposed-witness.json.
 */
class FullSpaceTransposeTest {
    private static final List<Mask> NESTED = List.of(Mask.fromRowStrings(List.of("01", "00", "11", "11")),
            Mask.fromRowStrings(List.of("11", "11")));

    @Test
    void directQueryRunsOutOfWorkAndTheTransposedOneProvesIt() {
        SolverLimits query = new SolverLimits(VerifierOptions.DEFAULTS.queryWork(), 600_000);
        // the component's classes only, as the probes ask it (the left factor's empty row kept: no column of it)
        SolverOutcome direct = FullSpaceQuery.check(NESTED, query).outcome();
        assertEquals(SolverOutcome.Status.UNKNOWN, direct.status(), "the direct encoding settles it now: " + direct);
        assertTrue(FullSpaceQuery.check(ChainTransposition.transpose(NESTED), query).outcome().isUnsat());
    }

    @Test
    void verifierClosesItOnTheTranspose() {
        Verdict v = new Verifier(VerifierOptions.DEFAULTS).verify(new SupportChain("nested-transposed", NESTED));
        assertEquals(Status.CLOSED, v.status(), v.reason());
        assertEquals(NamedResult.FULL_SPACE, v.result(), v.reason());
        assertTrue(v.components().get(0).reason().contains("on the transposed pattern"), v.components().get(0).reason());
    }

    /** cases/transposed-witness.json's component: its four rows, columns {1, 3, 4}, inner columns {0, 1, 3, 4}. */
    private static final List<Mask> WITNESS_PART = List.of(Mask.fromRowStrings(List.of("1100", "1010", "0011", "0101")),
            Mask.fromRowStrings(List.of("011", "101", "010", "101")));

    @Test
    void transposedQuerysOutsideMatrixBecomesTheWitness() {
        SolverLimits query = new SolverLimits(VerifierOptions.DEFAULTS.queryWork(), 600_000);
        assertEquals(SolverOutcome.Status.UNKNOWN, FullSpaceQuery.check(WITNESS_PART, query).outcome().status(),
                "the direct query gives a B itself now");
        FullSpaceQuery.Result t = FullSpaceQuery.check(ChainTransposition.transpose(WITNESS_PART), query);
        assertTrue(t.outcome().isSat() && t.outside() != null, t.outcome().toString());
        Verdict v = new Verifier(VerifierOptions.DEFAULTS).verify(new SupportChain("transposed-witness", List.of(
                Mask.fromRowStrings(List.of("11100", "10110", "00111", "01101")),
                Mask.fromRowStrings(List.of("00011", "01001", "00000", "00010", "01001")))));
        assertEquals(Status.NOT_CLOSED, v.status(), v.reason());
        assertTrue(v.reason().contains("Z3 probe (whole component)"), v.reason());
        // the certificate's B is the transposed query's B read back in the component's orientation
        assertEquals(t.outside().transpose(), v.certificate().target(), v.reason());
    }
}
