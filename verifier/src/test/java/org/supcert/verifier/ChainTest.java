package org.supcert.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.supcert.support.families.Families;
import org.supcert.certificate.CertificateCheck;
import org.supcert.certificate.NamedResult;
import org.supcert.certificate.Restriction;
import org.supcert.poly.SolverLimits;
import org.supcert.support.Mask;
import org.supcert.support.SupportChain;

class ChainTest {
    final Verifier verifier = new Verifier(VerifierOptions.DEFAULTS);

    @Test
    void butterflyChainsAreClosedAtEverySize() {
        for (int n = 8; n <= 4096; n *= 2) {
            Verdict v = verifier.verify(Families.butterflyChain(n));
            assertEquals(Status.CLOSED, v.status(), v::reason);
            assertEquals(NamedResult.BUTTERFLY_CHAIN, v.result(), v::reason);
        }
    }

    @Test
    void lowerDiagonalUpperIsNotClosedWithALiftedCertificate() {
        for (int n = 2; n <= 12; n++) {
            SupportChain ldu = Families.ldu(n);
            Verdict v = verifier.verify(ldu);
            assertEquals(Status.NOT_CLOSED, v.status(), v::reason);
            var cert = v.certificate();
            assertEquals(3, cert.pattern().size());
            assertEquals(java.util.Optional.empty(), Restriction.mismatch(ldu, cert), "n = " + n);
            var o = CertificateCheck.check(cert, SolverLimits.ofMillis(10_000));
            assertTrue(o.valid(), () -> "n = " + o.failure());
        }
    }

    @Test
    void permutationLayersFoldAnywhere() {
        // permutation first (into next), and last (into previous): P L U Q is still NOT CLOSED
        Mask p = Mask.fromRowStrings(List.of("010", "001", "100"));
        Mask q = Mask.fromRowStrings(List.of("001", "100", "010"));
        SupportChain chain = new SupportChain("plu-q", List.of(p, Families.lower(3, 3), Families.upper(3, 3), q));
        Verdict v = verifier.verify(chain);
        assertEquals(Status.NOT_CLOSED, v.status(), v::reason);
        assertTrue(v.reason().contains("folding 2 permutation"), v::reason);
        assertEquals(java.util.Optional.empty(), Restriction.mismatch(chain, v.certificate()));
        assertTrue(CertificateCheck.check(v.certificate(), SolverLimits.ofMillis(10_000)).valid());
        // only permutations and a dense factor: a linear space
        Verdict lin = verifier.verify(new SupportChain("lin", List.of(p, Families.dense(3, 3), q)));
        assertEquals(Status.CLOSED, lin.status(), lin::reason);
        assertEquals(NamedResult.LINEAR, lin.result());
    }

    @Test
    void monarchAndDeformableChainsAreClosedButNonChainableKroneckerIsNot() {
        assertEquals(Status.CLOSED, verifier.verify(Families.monarch(3, 4, 5, 2)).status());
        // two Kronecker factors that do not chain (a_2 != a_1 c_1): not decided by the chain rule
        SupportChain bad = new SupportChain("bad", List.of(Families.kronecker(1, 2, 2, 4), Families.kronecker(1, 4, 2, 2),
                Families.kronecker(2, 2, 2, 1)));
        Verdict v = verifier.verify(bad);
        assertTrue(v.status() != Status.CLOSED || v.result() != NamedResult.BUTTERFLY_CHAIN, v::reason);
    }

    @Test
    void kroneckerRecognitionIsExact() {
        int[] f = KroneckerChainRule.form(Families.kronecker(3, 2, 5, 4)).orElseThrow();
        assertEquals(List.of(3, 2, 5, 4), List.of(f[0], f[1], f[2], f[3]));
        Mask broken = Mask.fromRowStrings(List.of("1100", "1100", "0011", "0010"));
        assertTrue(KroneckerChainRule.form(broken).isEmpty());
    }

    @Test
    void denseLayersMergeDownToTheBottleneck() {
        // an MLP 4 -> 2 -> 4 -> 4 in product order: dense 4x4 * dense 4x2 * dense 2x4
        SupportChain mlp = new SupportChain("mlp", List.of(Families.dense(4, 4), Families.dense(4, 2), Families.dense(2, 4)));
        Verdict v = verifier.verify(mlp);
        assertEquals(Status.CLOSED, v.status(), v::reason);
        assertEquals(NamedResult.THEOREM_A, v.result(), v::reason);
        assertTrue(v.reason().contains("merging 1 pair"), v::reason);
        assertTrue(CompleteMerging.everyClassComplete(Families.dense(3, 2), Families.dense(2, 2)));
        assertTrue(!CompleteMerging.everyClassComplete(Families.lower(3, 3), Families.upper(3, 3)));
        // L D merges into L (each class has one column: complete); L U does not
        assertEquals(2, CompleteMerging.merge(Families.ldu(3).factors()).masks().size());
    }

    @Test
    void aChainThatMergesToANotClosedPairIsNeverClosed() {
        // L * L' * U with 2x2 lower L, L': (L, L') merges into a lower factor, leaving the LU pair
        Mask lower = Families.lower(2, 2);
        SupportChain chain = new SupportChain("llu", List.of(lower, lower, Families.upper(2, 2)));
        assertEquals(2, CompleteMerging.merge(chain.factors()).masks().size());
        Verdict v = verifier.verify(chain);
        assertTrue(v.status() != Status.CLOSED, v::reason);
        if (v.status() == Status.NOT_CLOSED) {
            assertEquals(3, v.certificate().pattern().size(), "the certificate is on the original layers");
            assertTrue(CertificateCheck.check(v.certificate(), SolverLimits.ofMillis(10_000)).valid());
        }
    }
}
