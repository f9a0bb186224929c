package org.supcert.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.supcert.poly.SolverLimits;
import org.supcert.support.families.Families;
import org.supcert.cases.GoldenCases;
import org.supcert.certificate.CertificateCheck;
import org.supcert.certificate.CornerCertificate;
import org.supcert.certificate.CurveCertificate;
import org.supcert.certificate.LaurentCurve;
import org.supcert.certificate.LaurentWitness;
import org.supcert.certificate.NotClosedCertificate;
import org.supcert.certificate.Restriction;
import org.supcert.certificate.SpecializationCertificate;
import org.supcert.poly.SolverLimits;
import org.supcert.exact.RationalMatrix;
import org.supcert.support.Mask;
import org.supcert.support.SupportChain;

/**
 * Certificates found on the reversed, transposed chain and mapped back must re-check on the
 * original chain, as the exact restriction of the original support; a wrong mapping must not.
 */
class ChainTranspositionTest {
    final Verifier verifier = new Verifier(VerifierOptions.DEFAULTS);

    static List<SupportChain> notClosed() {
        List<SupportChain> out = new ArrayList<>();
        for (int n = 2; n <= 6; n++) {
            out.add(Families.lu(n));
            out.add(Families.ldu(n));
        }
        out.add(new SupportChain("across-classes", List.of(Mask.fromRowStrings(List.of("111", "110", "111", "110")),
                Mask.fromRowStrings(List.of("1111", "0111", "1010")))));
        for (GoldenCases.Case g : GoldenCases.all()) {
            var e = g.document().expect();
            if (e != null && "NOT_CLOSED".equals(e.verdict())) out.add(g.document().support());
        }
        return out;
    }

    @Test
    void transposingTwiceGivesTheChainBack() {
        SupportChain ldu = Families.ldu(4);
        List<Mask> t = ChainTransposition.transpose(ldu.factors());
        assertEquals(Families.upper(4, 4).transpose(), t.get(0));
        assertEquals(Families.lower(4, 4).transpose(), t.get(2));
        assertEquals(ldu.factors(), ChainTransposition.transpose(t));
    }

    @Test
    void notClosedCertificatesOfTheTransposedChainRecheckOnTheOriginal() {
        int mapped = 0;
        for (SupportChain s : notClosed()) {
            SupportChain t = new SupportChain(s.name() + "^T", ChainTransposition.transpose(s.factors()));
            Verdict v = verifier.verify(t);
            if (v.status() != Status.NOT_CLOSED) continue; // only certificates the verifier finds can be mapped
            NotClosedCertificate back = ChainTransposition.mapBack(s.name(), v.certificate());
            assertEquals(s.name(), back.support());
            assertEquals(java.util.Optional.empty(), Restriction.mismatch(s, back), s.name());
            var o = CertificateCheck.check(back, SolverLimits.ofMillis(10_000));
            assertTrue(o.valid(), () -> s.name() + ": " + o.failure());
            mapped++;
        }
        assertTrue(mapped >= 12, "only " + mapped + " certificates mapped");
    }

    @Test
    void aWronglyMappedOrTamperedCertificateFails() {
        SupportChain s = Families.ldu(3);
        Verdict v = verifier.verify(new SupportChain("t", ChainTransposition.transpose(s.factors())));
        assertEquals(Status.NOT_CLOSED, v.status(), v::reason);
        NotClosedCertificate good = ChainTransposition.mapBack(s.name(), v.certificate());
        assertTrue(CertificateCheck.check(good, SolverLimits.ofMillis(10_000)).valid());

        // one entry of B changed
        BigFraction[][] b = new BigFraction[good.target().rows()][good.target().cols()];
        for (int i = 0; i < b.length; i++) for (int j = 0; j < b[i].length; j++) b[i][j] = good.target().get(i, j);
        b[0][0] = b[0][0].add(BigFraction.ONE);
        NotClosedCertificate tampered = good.withWitness(good.support(), new LaurentWitness(good.rows(), good.cols(), good.inner(),
                good.pattern(), RationalMatrix.of(b), good.curve()));
        assertFalse(CertificateCheck.check(tampered, SolverLimits.ofMillis(10_000)).valid());

        // layers of the curve left in the transposed order
        List<List<RationalMatrix>> reversed = new ArrayList<>();
        for (int l = good.curve().factors() - 1; l >= 0; l--) {
            List<RationalMatrix> perPower = new ArrayList<>();
            for (int p = -good.curve().degree(); p <= good.curve().degree(); p++) perPower.add(good.curve().coefficient(l, p));
            reversed.add(perPower);
        }
        NotClosedCertificate wrongOrder = good.withWitness(good.support(), new LaurentWitness(good.rows(), good.cols(), good.inner(),
                good.pattern(), good.target(), new LaurentCurve(good.curve().degree(), reversed)));
        assertFalse(CertificateCheck.check(wrongOrder, SolverLimits.ofMillis(10_000)).valid());

        assertFalse(CertificateCheck.check(wrongOrder, SolverLimits.ofMillis(10_000)).valid());
    }

    @Test
    void rowsAndColumnsMustBeExchanged() {
        // the LU corner sits in rows {1, 2} and columns {0, 1}: exchanged or not makes a difference
        SupportChain wide = new SupportChain("wide", List.of(Mask.fromRowStrings(List.of("00", "10", "11")),
                Families.identity(2), Families.upper(2, 2)));
        Verdict w = verifier.verify(new SupportChain("w", ChainTransposition.transpose(wide.factors())));
        assertEquals(Status.NOT_CLOSED, w.status(), w::reason);
        NotClosedCertificate back = ChainTransposition.mapBack("wide", w.certificate());
        assertEquals(java.util.Optional.empty(), Restriction.mismatch(wide, back));
        assertTrue(CertificateCheck.check(back, SolverLimits.ofMillis(10_000)).valid());
        NotClosedCertificate t = w.certificate();
        NotClosedCertificate notExchanged = back.withWitness("wide", new LaurentWitness(t.rows(), t.cols(), back.inner(), back.pattern(),
                back.target(), back.curve()));
        assertTrue(Restriction.mismatch(wide, notExchanged).isPresent(), () -> java.util.Arrays.toString(t.rows()) + " x "
                + java.util.Arrays.toString(t.cols()));
    }

    @Test
    void specializationCertificatesOfTheTransposedChainRecheckOnTheOriginal() {
        SplittableRandom rnd = new SplittableRandom(31);
        List<Mask> chain = List.of(Families.random(24, 64, 0.5, rnd), Families.random(64, 48, 0.5, rnd),
                Families.random(48, 16, 0.5, rnd));
        List<Mask> t = ChainTransposition.transpose(chain);
        var o = ChainSpecialization.tryClose("t", t, 1_000_000_000L);
        SpecializationCertificate onT = o.certificate().orElseThrow(() -> new AssertionError(o.tried()));
        assertEquals(Optional.empty(), SpecializationCertificate.check(onT, t));
        SpecializationCertificate back = ChainTransposition.mapBack("orig", onT);
        assertEquals(2 - onT.layer(), back.layer());
        assertTrue(back.transposed());
        assertEquals(Optional.empty(), SpecializationCertificate.check(back, chain));
        // mapping back twice is the identity
        assertEquals(onT, ChainTransposition.mapBack("t", back));
        // forgetting the orientation (integers regenerated on the original chain) is caught
        var forgot = new SpecializationCertificate("orig", 3, back.layer(), false, back.generator(), back.seed(),
                back.prime(), back.cells(), back.digest());
        assertTrue(SpecializationCertificate.check(forgot, chain).orElseThrow().contains("digest"));
        // and so is keeping the layer index of the transposed chain
        var keptIndex = new SpecializationCertificate("orig", 3, onT.layer(), true, back.generator(), back.seed(),
                back.prime(), back.cells(), back.digest());
        assertTrue(SpecializationCertificate.check(keptIndex, chain).isPresent());
    }
}
