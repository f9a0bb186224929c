package org.supcert.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.supcert.support.families.Families;
import org.supcert.certificate.CornerCertificate;
import org.supcert.certificate.CurveCertificate;
import org.supcert.certificate.NamedResult;
import org.supcert.certificate.NotClosedCertificate;
import org.supcert.certificate.SpanningCertificate;
import org.supcert.graph.Component;
import org.supcert.graph.Decomposition;

/**
 * A verdict's status, deciding result and certificates agree however it is built: each test builds
 * one that breaks an invariant and expects the constructor or factory to refuse it.
 */
class VerdictInvariantsTest {
    private static final Verdict LU2 = new Verifier(VerifierOptions.DEFAULTS).verify(Families.lu(2));
    private static final CornerCertificate CORNER = assertInstanceOf(CornerCertificate.class, LU2.certificate(), LU2.reason());
    private static final SpanningCertificate SPANNING = new SpanningCertificate("x", "rows", new int[0], List.of());

    private static void refused(Executable build, String what) {
        String message = assertThrows(IllegalStateException.class, build, what).getMessage();
        assertTrue(message != null && !message.isEmpty(), what);
    }

    private static Verdict verdict(Status s, NamedResult r, NotClosedCertificate c, SpanningCertificate p) {
        return new Verdict("x", "2 x 2", s, r, "because", List.of(), c, p, false, false, 0);
    }

    @Test
    void notClosedNeedsItsCertificateAndTakesItsResult() {
        refused(() -> Verdict.notClosed("x", "2 x 2", "because", List.of(), null, false, false, 0), "no certificate");
        Verdict v = Verdict.notClosed("x", "2 x 2", "because", List.of(), CORNER, false, false, 0);
        assertEquals(NamedResult.CORNER_CERTIFICATE, v.result());
        NotClosedCertificate curve = new CurveCertificate("x", CORNER.witness(), null);
        assertEquals(NamedResult.PROBE_CERTIFICATE, Verdict.notClosed("x", "2 x 2", "because", List.of(), curve, false, false, 0)
                .result());
        refused(() -> verdict(Status.NOT_CLOSED, NamedResult.PROBE_CERTIFICATE, CORNER, null), "another result's certificate");
        refused(() -> verdict(Status.NOT_CLOSED, NamedResult.THEOREM_A, null, null), "a CLOSED result");
        refused(() -> verdict(Status.NOT_CLOSED, NamedResult.CORNER_CERTIFICATE, CORNER, SPANNING), "a closedness proof");
    }

    @Test
    void closedNeedsAResultThatDecidesClosedAndOnlyItsOwnProof() {
        refused(() -> Verdict.closed("x", "2 x 2", NamedResult.CORNER_CERTIFICATE, "because", List.of(), null, false, false, 0),
                "a NOT CLOSED result");
        refused(() -> Verdict.closed("x", "2 x 2", NamedResult.NONE, "because", List.of(), null, false, false, 0), "no result");
        refused(() -> Verdict.closed("x", "2 x 2", NamedResult.LINEARIZATION, "because", List.of(), SPANNING, false, false, 0),
                "a Theorem S proof under linearization");
        refused(() -> verdict(Status.CLOSED, NamedResult.THEOREM_A, CORNER, null), "a NOT CLOSED certificate");
        Verdict s = Verdict.closed("x", "2 x 2", NamedResult.THEOREM_S, "because", List.of(), SPANNING, true, false, 0);
        assertEquals(SPANNING, s.proof());
        // a linear space is CLOSED though its strength is 0: what a result decides is explicit, not its rank
        assertEquals(0, NamedResult.LINEAR.strength());
        assertEquals(Status.CLOSED, Verdict.closed("x", "1 x 1", NamedResult.LINEAR, "one layer", List.of(), null, true, false, 0)
                .status());
    }

    @Test
    void unknownHasNoResultAndNoCertificate() {
        Verdict u = Verdict.unknown("x", "2 x 2", "nothing applies", List.of(), false, false, 0);
        assertEquals(NamedResult.NONE, u.result());
        assertNull(u.certificate());
        refused(() -> verdict(Status.UNKNOWN, NamedResult.THEOREM_C, null, null), "a result");
        refused(() -> verdict(Status.UNKNOWN, NamedResult.NONE, CORNER, null), "a certificate");
        refused(() -> verdict(Status.UNKNOWN, NamedResult.NONE, null, SPANNING), "a proof");
        refused(() -> Verdict.summary("x", "2 x 2", Status.UNKNOWN, NamedResult.PROBE_CERTIFICATE, "r", false, false),
                "a summary keeps status and result consistent");
    }

    @Test
    void componentVerdictsKeepTheSameInvariants() {
        Component k = Decomposition.of(Families.lu(2).asPair()).components().get(0);
        refused(() -> ComponentVerdict.notClosed(k, "because", null), "no certificate");
        refused(() -> new ComponentVerdict(0, 1, 1, 2, 2, Status.NOT_CLOSED, NamedResult.CORNER_CERTIFICATE, "r", false, false,
                null, null), "NOT CLOSED without certificate through the constructor");
        refused(() -> ComponentVerdict.closed(k, NamedResult.PROBE_CERTIFICATE, "r", false, null), "a NOT CLOSED result");
        refused(() -> ComponentVerdict.closed(k, NamedResult.LINEARIZATION, "r", false, SPANNING), "another result's proof");
        ComponentVerdict c = ComponentVerdict.notClosed(k, "because", CORNER);
        assertEquals(NamedResult.CORNER_CERTIFICATE, c.result());
        assertEquals(k.classCount() == 1, c.benignLandscape());
        assertEquals(NamedResult.NONE, ComponentVerdict.unknown(k, "r").result());
        refused(() -> ComponentVerdict.closed(k, NamedResult.THEOREM_S, "r", true, SPANNING).onOriginalLayers(CORNER),
                "a NOT CLOSED certificate carried onto a CLOSED component");
    }

    @Test
    void theVerifiersOwnNotClosedVerdictsCarryTheirCertificate() {
        assertEquals(Status.NOT_CLOSED, LU2.status());
        assertEquals(LU2.result(), LU2.certificate().result());
        for (ComponentVerdict c : LU2.components()) {
            if (c.status() == Status.NOT_CLOSED) assertEquals(c.result(), c.certificate().result());
        }
    }
}
