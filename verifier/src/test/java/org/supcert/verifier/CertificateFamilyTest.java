package org.supcert.verifier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.supcert.io.InputException;
import org.supcert.support.families.Families;
import org.supcert.certificate.Certificate;
import org.supcert.certificate.CertificateCheck;
import org.supcert.certificate.CertificateJson;
import org.supcert.certificate.CornerCertificate;
import org.supcert.certificate.CurveCertificate;
import org.supcert.certificate.NamedResult;
import org.supcert.certificate.SpanningCertificate;
import org.supcert.poly.SolverLimits;

/**
 * The NOT CLOSED certificates are typed by their result: the JSON reader gives back the kind that
 * was written, refuses a document whose fields contradict its "result", and only a corner
 * certificate gets the combinatorial proof.
 */
class CertificateFamilyTest {
    private static CornerCertificate corner() {
        Verdict v = new Verifier(VerifierOptions.DEFAULTS).verify(Families.lu(2));
        assertEquals(Status.NOT_CLOSED, v.status(), v::reason);
        return assertInstanceOf(CornerCertificate.class, v.certificate(), v.reason());
    }

    @Test
    void eachKindReadsBackAsItself() {
        CornerCertificate c = corner();
        ObjectNode json = CertificateJson.write(c);
        CornerCertificate back = assertInstanceOf(CornerCertificate.class, CertificateJson.read(json));
        assertArrayEquals(c.special(), back.special());
        assertEquals(c.multiplicity(), back.multiplicity());
        assertEquals(json, CertificateJson.write(back.withChecks(c.checks())), "stable round trip");

        CurveCertificate curve = new CurveCertificate(c.support(), c.witness(), null);
        ObjectNode curveJson = CertificateJson.write(curve);
        assertEquals(NamedResult.PROBE_CERTIFICATE.id(), curveJson.get("result").asText());
        assertTrue(curveJson.get("special").isNull(), curveJson::toString);
        assertInstanceOf(CurveCertificate.class, CertificateJson.read(curveJson));
    }

    @Test
    void fieldsThatContradictTheResultAreRefused() {
        ObjectNode noSpecial = CertificateJson.write(corner());
        noSpecial.putNull("special");
        assertTrue(assertThrows(InputException.class, () -> CertificateJson.read(noSpecial)).getMessage()
                .contains("special"));

        ObjectNode noMu = CertificateJson.write(corner());
        noMu.put("multiplicity", 0);
        assertThrows(InputException.class, () -> CertificateJson.read(noMu));

        ObjectNode curveWithCell = CertificateJson.write(corner());
        curveWithCell.put("result", NamedResult.PROBE_CERTIFICATE.id());
        assertThrows(InputException.class, () -> CertificateJson.read(curveWithCell));

        for (String result : new String[] {NamedResult.THEOREM_S.id(), "none", "corner", ""}) {
            ObjectNode other = CertificateJson.write(corner());
            other.put("result", result);
            assertTrue(assertThrows(InputException.class, () -> CertificateJson.read(other)).getMessage()
                    .contains("NOT CLOSED"), result);
        }
    }

    @Test
    void onlyACornerCertificateHasTheCombinatorialProof() {
        CornerCertificate c = corner();
        CertificateCheck.Outcome asCorner = CertificateCheck.check(c, null);
        assertTrue(asCorner.valid(), asCorner::failure);
        assertTrue(asCorner.certificate().checks().unattainable().contains("corner determinant proof holds"));

        // the same witness as a curve certificate: without Z3 nothing proves B unattainable
        CertificateCheck.Outcome asCurve = CertificateCheck.check(new CurveCertificate(c.support(), c.witness(), null), null);
        assertFalse(asCurve.valid());
        CertificateCheck.Outcome withZ3 = CertificateCheck.check(new CurveCertificate(c.support(), c.witness(), null),
                SolverLimits.ofMillis(10_000));
        assertTrue(withZ3.valid(), withZ3::failure);
        assertFalse(withZ3.certificate().checks().unattainable().contains("corner"), withZ3.certificate().checks()::toString);
    }

    @Test
    void everyCertificateIsTypedByAResultThatDecidesItsVerdict() {
        Certificate corner = corner();
        assertEquals(NamedResult.Decides.NOT_CLOSED, corner.result().decides());
        assertEquals(NamedResult.Decides.NOT_CLOSED, new CurveCertificate("x", corner().witness(), null).result().decides());
        assertEquals(NamedResult.Decides.CLOSED, new SpanningCertificate("x", "rows", new int[0], java.util.List.of()).result().decides());
        assertEquals(NamedResult.Decides.NOTHING, NamedResult.NONE.decides());
        for (NamedResult r : NamedResult.values()) assertEquals(r, NamedResult.byId(r.id()).orElseThrow());
    }
}
