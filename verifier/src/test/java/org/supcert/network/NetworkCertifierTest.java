package org.supcert.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.supcert.support.families.Families;
import org.supcert.certificate.CertificateCheck;
import org.supcert.poly.SolverLimits;
import org.supcert.support.Mask;
import org.supcert.certificate.NamedResult;
import org.supcert.verifier.Status;
import org.supcert.verifier.VerifierOptions;

class NetworkCertifierTest {
    private static final NetworkCertifier CERTIFIER = new NetworkCertifier(VerifierOptions.DEFAULTS);
    private static final Mask LOWER = Mask.fromRowStrings(List.of("10", "11"));
    private static final Mask UPPER = Mask.fromRowStrings(List.of("11", "01"));
    private static final Mask DENSE2 = Mask.fromRowStrings(List.of("11", "11"));
    private static final Mask IDENTITY2 = Mask.fromRowStrings(List.of("10", "01"));

    private static NetworkLayer layer(String name, String... rows) {
        return new NetworkLayer(name, Mask.fromRowStrings(List.of(rows)));
    }

    @Test
    void luPairIsIllPosedByTheoremVWithARecheckedCertificate() {
        // x -> L relu(U x): the chain [L, U] in product order is the LU pattern
        NetworkReport r = CERTIFIER.certify("lu", List.of(new NetworkLayer("fc1", UPPER), new NetworkLayer("fc2", LOWER)));
        assertEquals(1, r.pairs().size());
        assertEquals(Status.NOT_CLOSED, r.pairs().get(0).verdict().status(), r.toString());
        assertEquals("fc1", r.pairs().get(0).lower());
        assertEquals(NetworkStatus.ILL_POSED, r.network().status(), r.network().reason());
        assertTrue(r.network().reason().contains("Theorem V"), r.network().reason());
        assertNotNull(r.network().certificate());
        assertTrue(CertificateCheck.check(r.network().certificate(), SolverLimits.ofMillis(10_000)).valid(), "certificate re-checks");
        assertEquals(r.pairs().get(0).verdict(), r.chain(), "two layers: the chain is the pair, verified once");
    }

    @Test
    void closedPairGivesOnlyTheNecessaryCondition() {
        // dense layers 2 -> 2 -> 3: one class, P = rank <= 2 matrices (Theorem A)
        NetworkReport r = CERTIFIER.certify("dense", List.of(new NetworkLayer("fc1", DENSE2), layer("fc2", "11", "11", "11")));
        assertEquals(Status.CLOSED, r.chain().status(), r.chain().reason());
        assertEquals(NetworkStatus.NO_OBSTRUCTION_FOUND, r.network().status());
        assertTrue(r.network().reason().contains("necessary condition"), r.network().reason());
        assertNull(r.network().certificate());
    }

    @Test
    void outputDimensionOneIsTheoremIVWhateverTheSupport() {
        NetworkReport r = CERTIFIER.certify("scalar", List.of(layer("fc1", "1100", "0110", "1011"), layer("fc2", "101")));
        assertEquals(NetworkStatus.OPTIMUM_EXISTS, r.network().status(), r.network().reason());
        assertTrue(r.network().reason().contains("Theorem IV"), r.network().reason());
        assertEquals(Status.CLOSED, r.chain().status(), "one output row: P is a sum of linear spaces");
    }

    @Test
    void theoremIVIsNotClaimedForDeeperNetworks() {
        // three layers with one output: Theorem IV is about two layers; the chain decides
        NetworkReport r = CERTIFIER.certify("deep-scalar", List.of(new NetworkLayer("l1", UPPER),
                new NetworkLayer("l2", LOWER), layer("l3", "11")));
        assertNotEquals(NetworkStatus.OPTIMUM_EXISTS, r.network().status(), r.network().reason());
        assertTrue(r.network().reason().contains("two-layer networks only"), r.network().reason());
    }

    @Test
    void aNonClosedPairInsideADeeperNetworkIsNoProofOfIllPosedness() {
        // dense 2 x 2 on top of the LU pair: L U is not closed, but D L U covers all of R^(2x2)
        NetworkReport r = CERTIFIER.certify("dlu", List.of(new NetworkLayer("l1", UPPER), new NetworkLayer("l2", LOWER),
                new NetworkLayer("l3", DENSE2)));
        assertEquals(2, r.pairs().size());
        assertEquals(Status.NOT_CLOSED, r.pairs().get(0).verdict().status());
        assertNotEquals(Status.NOT_CLOSED, r.chain().status(), r.chain().reason());
        assertNotEquals(NetworkStatus.ILL_POSED, r.network().status(), r.network().reason());
        assertTrue(r.network().reason().contains("l1 -> l2") && r.network().reason().contains("no proof"),
                r.network().reason());
        assertNull(r.network().certificate());
    }

    @Test
    void lowerDiagonalUpperIsIllPosedByTheoremVI() {
        NetworkReport r = CERTIFIER.certify("ldu", List.of(new NetworkLayer("u", UPPER), new NetworkLayer("d", IDENTITY2),
                new NetworkLayer("l", LOWER)));
        assertEquals(Status.NOT_CLOSED, r.chain().status(), r.chain().reason());
        assertEquals(NetworkStatus.ILL_POSED, r.network().status(), r.network().reason());
        assertTrue(r.network().reason().contains("Theorem VI"), r.network().reason());
        assertEquals(3, r.network().certificate().pattern().size(), "one coefficient family per layer");
        assertTrue(CertificateCheck.check(r.network().certificate(), SolverLimits.ofMillis(10_000)).valid());
    }

    @Test
    void butterflyLayersAreClosedAsAChain() {
        int n = 16;
        List<NetworkLayer> layers = new ArrayList<>();
        // product order B_1 B_2 B_3 B_4: the input meets B_4 first
        for (int level = 4; level >= 1; level--) layers.add(new NetworkLayer("b" + level, Families.butterflyFactor(n, level)));
        NetworkReport r = CERTIFIER.certify("butterfly16", layers);
        assertEquals(Status.CLOSED, r.chain().status(), r.chain().reason());
        assertEquals(NamedResult.BUTTERFLY_CHAIN, r.chain().result());
        assertEquals(NetworkStatus.NO_OBSTRUCTION_FOUND, r.network().status());
        assertEquals(3, r.pairs().size());
        for (LayerPair p : r.pairs()) assertEquals(Status.CLOSED, p.verdict().status(), p.verdict().reason());
    }

    @Test
    void mixedShapesChain() {
        NetworkReport r = CERTIFIER.certify("mixed", List.of(layer("a", "10100", "01010", "00101"),
                layer("b", "110", "011", "101", "100", "001", "111", "010"), layer("c", "1100000", "0011111")));
        assertEquals(2, r.pairs().size());
        assertEquals("2 x 5 (2x7 * 7x3 * 3x5)", r.chain().shape());
        assertNotNull(r.network().status());
    }

    @Test
    void oneLayerIsALinearSpace() {
        NetworkReport r = CERTIFIER.certify("linear", List.of(layer("w", "101", "010")));
        assertEquals(NetworkStatus.OPTIMUM_EXISTS, r.network().status());
        assertTrue(r.pairs().isEmpty());
        assertEquals(Status.CLOSED, r.chain().status());
    }

    @Test
    void shapesThatDoNotChainAreRefusedNamingBothLayers() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CERTIFIER.certify("bad",
                List.of(layer("fc1", "101", "010"), layer("fc2", "101", "010"))));
        assertTrue(e.getMessage().contains("'fc2' (out x in = 2 x 3) cannot follow 'fc1' (out x in = 2 x 3)"), e.getMessage());
    }
}
