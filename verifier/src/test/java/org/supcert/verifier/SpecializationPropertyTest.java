package org.supcert.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.supcert.poly.SolverLimits;
import org.supcert.support.families.Families;
import org.supcert.certificate.CertificateCheck;
import org.supcert.certificate.SpecializationCertificate;
import org.supcert.support.Mask;
import org.supcert.support.SupportChain;

/**
 * Seeded random tiny chains: wherever specialization certifies CLOSED, the verifier (theorems,
 * corner certificates lifted through folding, probes) never finds a NOT CLOSED certificate, and
 * every specialization certificate re-checks. Pairs are included because the verifier's NOT
 * CLOSED certificates are mostly found there; without NOT CLOSED verdicts the test would prove
 * nothing, so it also counts them.
 */
class SpecializationPropertyTest {
    @Test
    void specializationNeverContradictsANotClosedCertificate() {
        SplittableRandom rnd = new SplittableRandom(20261204L);
        // pairs get their NOT CLOSED from corner certificates; chains also from the (short) probes
        Verifier pairs = new Verifier(VerifierOptions.DEFAULTS.withProbeWork(0));
        Verifier chains = new Verifier(new VerifierOptions(120_000, 60_000, 2_000_000, 1_000_000, 20_000_000));
        int unknownCertified = 0;
        Map<Status, Integer> verdicts = new EnumMap<>(Status.class);
        int certified = 0;
        for (int trial = 0; trial < 400; trial++) {
            int layers = trial % 2 == 0 ? 2 : 3;
            List<Mask> chain = new ArrayList<>();
            int rows = 2 + rnd.nextInt(3);
            for (int l = 0; l < layers; l++) {
                int cols = 2 + rnd.nextInt(3);
                chain.add(Families.random(rows, cols, 0.3 + 0.5 * rnd.nextDouble(), rnd));
                rows = cols;
            }
            var o = ChainSpecialization.tryClose("t" + trial, chain, 100_000_000L);
            Verdict v = (layers == 2 ? pairs : chains).verify(new SupportChain("t" + trial, chain));
            verdicts.merge(v.status(), 1, Integer::sum);
            String where = "trial " + trial + " " + ChainSpecializationTest.masks(chain) + ": " + v.reason() + " / " + o.tried();
            if (o.certificate().isPresent()) {
                certified++;
                if (v.status() == Status.UNKNOWN) unknownCertified++;
                assertNotEquals(Status.NOT_CLOSED, v.status(), where);
                assertEquals(Optional.empty(), SpecializationCertificate.check(o.certificate().get(), chain), where);
            }
            if (v.status() == Status.NOT_CLOSED) {
                assertTrue(o.certificate().isEmpty(), where);
                assertTrue(CertificateCheck.check(v.certificate(), SolverLimits.ofMillis(10_000)).valid(), where);
            }
        }
        String counts = verdicts + ", " + certified + " certified by specialization, " + unknownCertified
                + " of them UNKNOWN to the verifier";
        assertTrue(certified >= 60, counts);
        assertTrue(verdicts.getOrDefault(Status.NOT_CLOSED, 0) >= 30, "too few NOT CLOSED: " + counts);
    }
}
