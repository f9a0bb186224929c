package org.supcert.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.supcert.certificate.CertificateCheck;
import org.supcert.certificate.LinearizationCertificate;
import org.supcert.certificate.NamedResult;
import org.supcert.certificate.Restriction;
import org.supcert.certificate.SpanningCertificate;
import org.supcert.graph.Component;
import org.supcert.graph.Decomposition;
import org.supcert.poly.SolverLimits;
import org.supcert.support.SupportChain;
import org.supcert.support.SupportPair;

/**
 * Every rule, run on its own on every component of seeded random pairs (no rule stops another):
 * no component is CLOSED by one rule and NOT CLOSED by another, and every probe certificate
 * re-checks and is the exact restriction of its support.
 */
class RuleConsistencyTest {
    @Test
    void noComponentIsDecidedBothWays() {
        SplittableRandom rnd = new SplittableRandom(99);
        List<ComponentRule> rules = RuleOrder.COMPONENT;
        // small queries keep the test fast: every rule runs on every component, the probes included
        VerifierOptions options = new VerifierOptions(120_000, 60_000, 3_000_000, 1_000_000, 20_000_000);
        int decidedByProbes = 0;
        int both = 0;
        int closedByCertificate = 0;
        for (int trial = 0; trial < 100; trial++) {
            SupportPair p = RandomPairsPropertyTest.pair(rnd, 2 + rnd.nextInt(4), 2 + rnd.nextInt(4), 1 + rnd.nextInt(4),
                    0.3 + 0.5 * rnd.nextDouble());
            for (Component k : Decomposition.of(p).components()) {
                List<ComponentRule.Decision> decisions = new ArrayList<>();
                List<String> by = new ArrayList<>();
                for (ComponentRule rule : rules) {
                    var session = new VerifySession(new SupportChain(p.name(), List.of(p.left(), p.right())), options);
                    var d = rule.decide(new ComponentContext(p, k, session));
                    if (d.isPresent()) {
                        decisions.add(d.get());
                        by.add(d.get().result().id() + "=" + d.get().status());
                    }
                }
                String where = "trial " + trial + " " + p.left().toRowStrings() + " * " + p.right().toRowStrings() + ": " + by;
                for (var d : decisions) assertEquals(decisions.get(0).status(), d.status(), where);
                if (decisions.size() >= 2) both++;
                for (var d : decisions) {
                    if (d.result() == NamedResult.PROBE_CERTIFICATE || d.result() == NamedResult.FULL_SPACE) decidedByProbes++;
                    if (d.proof() instanceof SpanningCertificate sc) {
                        assertEquals(java.util.Optional.empty(), SpanningCertificate.check(sc, p), where);
                        closedByCertificate++;
                    }
                    if (d.proof() instanceof LinearizationCertificate lc) {
                        assertEquals(java.util.Optional.empty(), LinearizationCertificate.check(lc, p), where);
                        closedByCertificate++;
                    }
                    if (d.status() != Status.NOT_CLOSED) continue;
                    var chain = new SupportChain(p.name(), List.of(p.left(), p.right()));
                    assertEquals(java.util.Optional.empty(), Restriction.mismatch(chain, d.certificate()), where);
                    assertTrue(CertificateCheck.check(d.certificate(), SolverLimits.ofMillis(10_000)).valid(), where);
                }
            }
        }
        assertTrue(decidedByProbes > 0, "the probes decided nothing");
        assertTrue(closedByCertificate > 0, "Theorem S and linearization decided nothing");
        assertTrue(both > 15, "too few components decided by two rules to compare: " + both);
    }
}
