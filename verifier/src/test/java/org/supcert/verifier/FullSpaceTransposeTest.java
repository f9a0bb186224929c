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
 * (docs/theory.md#transposition): the nested pair of cases/nested-transposed.json is CLOSED that way.
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
        assertTrue(FullSpaceQuery.check(Prober.transposed(NESTED), query).outcome().isUnsat());
    }

    @Test
    void verifierClosesItOnTheTranspose() {
        Verdict v = new Verifier(VerifierOptions.DEFAULTS).verify(new SupportChain("nested-transposed", NESTED));
        assertEquals(Status.CLOSED, v.status(), v.reason());
        assertEquals(NamedResult.FULL_SPACE, v.result(), v.reason());
        assertTrue(v.components().get(0).reason().contains("on the transposed pattern"), v.components().get(0).reason());
    }

    @Test
    void transposedReversesTheChainAndTransposesEachLayer() {
        List<Mask> chain = List.of(Mask.fromRowStrings(List.of("10", "11", "01")), Mask.fromRowStrings(List.of("110", "011")),
                Mask.fromRowStrings(List.of("1", "0", "1")));
        List<Mask> t = Prober.transposed(chain);
        assertEquals(List.of(chain.get(2).transpose(), chain.get(1).transpose(), chain.get(0).transpose()), t);
        assertEquals(chain.get(0).product(chain.get(1)).product(chain.get(2)).transpose(), t.get(0).product(t.get(1)).product(t.get(2)));
    }
}
