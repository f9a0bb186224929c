package org.supcert.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.supcert.certificate.NamedResult;
import org.supcert.support.families.Families;
import org.supcert.support.Mask;
import org.supcert.support.SupportChain;

/** Time-outs give UNKNOWN with the reason, never a verdict; linear spaces are CLOSED. */
class LimitsAndEdgeCasesTest {
    @Test
    void anExpiredTimeBudgetIsUnknownNeverAGuess() {
        // lu:1024 is NOT CLOSED, but its decomposition alone outlasts 1 ms: nothing may be claimed
        VerifierOptions tiny = VerifierOptions.DEFAULTS.withTimeout(1);
        SupportChain lu = Families.lu(1024);
        Verdict v = new Verifier(tiny).verify(lu);
        assertEquals(Status.UNKNOWN, v.status(), v::reason);
        assertNull(v.certificate());
        assertTrue(v.reason().contains("wall-clock safety net"), v::reason);
    }

    @Test
    void aSingleFactorAndAnEmptyProductAreLinearSpaces() {
        Verifier verifier = new Verifier(VerifierOptions.DEFAULTS);
        Verdict one = verifier.verify(new SupportChain("one", List.of(Families.lower(3, 3))));
        assertEquals(Status.CLOSED, one.status());
        assertEquals(NamedResult.LINEAR, one.result());
        Verdict empty = verifier.verify(new SupportChain("empty",
                List.of(Mask.fromRowStrings(List.of("00", "00")), Mask.fromRowStrings(List.of("11", "11")))));
        assertEquals(Status.CLOSED, empty.status(), empty::reason);
        assertEquals(NamedResult.LINEAR, empty.result());
        assertTrue(empty.components().isEmpty());
    }

    @Test
    void probesThatRunOutOfBudgetSayWhatTheyTried() {
        // kaleidoscope 4: no theorem applies, and Z3 cannot settle it with 600,000 resource units
        Verdict v = new Verifier(VerifierOptions.DEFAULTS.withProbeWork(600_000)).verify(Families.kaleidoscope(4));
        assertEquals(Status.UNKNOWN, v.status(), v::reason);
        assertTrue(v.reason().contains("probes:") && v.reason().contains("full-space query"), v::reason);
        assertTrue(v.reason().contains("work budget is spent"), v::reason);
        assertFalse(v.reason().contains(" ms"), "reasons carry no durations: " + v.reason());
    }
}
