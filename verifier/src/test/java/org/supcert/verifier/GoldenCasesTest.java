package org.supcert.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.supcert.cases.GoldenCases;
import org.supcert.certificate.CertificateCheck;
import org.supcert.certificate.CornerCertificate;
import org.supcert.certificate.NamedResult;
import org.supcert.poly.SolverLimits;
import org.supcert.certificate.CornerProof;
import org.supcert.certificate.CurveCheck;

/** Every golden case gets the verdict docs/theory.md proves, by the named result, with a certificate that re-checks. */
class GoldenCasesTest {
    static Stream<GoldenCases.Case> cases() {
        List<GoldenCases.Case> all = GoldenCases.all();
        assertTrue(all.size() >= 12, "golden cases missing: " + all);
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void verdictAndResultAsProved(GoldenCases.Case c) {
        var expect = c.document().expect();
        assertNotNull(expect, c.file() + " has no expectation");
        Verdict v = new Verifier(VerifierOptions.DEFAULTS).verify(c.document().support());
        assertEquals(expect.verdict(), v.status().name(), () -> c.file() + ": " + v.reason());
        assertEquals(expect.result(), v.result().id(), () -> c.file() + ": " + v.reason());
        if (v.status() == Status.NOT_CLOSED) {
            var cert = v.certificate();
            assertNotNull(cert, c.file() + ": NOT_CLOSED without certificate");
            assertEquals(java.util.Optional.empty(), CurveCheck.violation(cert.pattern(), cert.target(), cert.curve()), c.file());
            assertEquals(v.result(), cert.result(), c.file() + ": the certificate is of the deciding result");
            if (cert instanceof CornerCertificate corner && cert.pattern().size() == 2) {
                assertEquals(java.util.Optional.empty(), CornerProof.violation(corner), c.file());
            }
            assertEquals(c.document().support().length(), cert.pattern().size(), c.file() + ": one coefficient family per layer");
            assertEquals(java.util.Optional.empty(), org.supcert.certificate.Restriction.mismatch(c.document().support(), cert), c.file());
            var z3 = CertificateCheck.check(cert, SolverLimits.ofMillis(10_000));
            assertTrue(z3.valid(), () -> c.file() + ": " + z3.failure());
            assertTrue(z3.certificate().checks().unattainable().contains("UNSAT"),
                    () -> c.file() + ": Z3 did not prove unattainability: " + z3.certificate().checks());
            assertTrue(!v.tractable() && !v.benignLandscape(), c.file());
        } else {
            assertNull(v.certificate(), c.file());
        }
        boolean byStructure = v.result() == NamedResult.THEOREM_A || v.result() == NamedResult.THEOREM_C
                || v.result() == NamedResult.BUTTERFLY_CHAIN;
        if (v.status() == Status.CLOSED && byStructure) assertTrue(v.tractable(), c.file() + " closed by Theorem A/C is tractable");
        if (c.document().support().isPair()) {
            boolean singleClassEverywhere = v.components().stream().allMatch(k -> k.classes() == 1);
            assertEquals(singleClassEverywhere, v.benignLandscape(), c.file());
        }
    }
}
