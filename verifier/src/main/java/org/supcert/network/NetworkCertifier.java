package org.supcert.network;

import java.util.ArrayList;
import java.util.List;
import org.supcert.support.Mask;
import org.supcert.support.SupportChain;
import org.supcert.verifier.Verdict;
import org.supcert.verifier.Verifier;
import org.supcert.verifier.VerifierOptions;

/**
 * Certifies a sparse network: verifies the linear set of every consecutive pair of layers and of the
 * whole chain, then reads the network's verdict off them ({@link NetworkRules}, docs/theory.md#section-7).
 *
 * <p>A network x -> W_N relu(... relu(W_1 x)) with masks M_k (out x in) has the chain
 * [M_N, ..., M_1] in product order; the pair of layers k, k+1 has [M_(k+1), M_k]. Two layers are one
 * pair, verified once.
 */
public final class NetworkCertifier {
    private final Verifier verifier;

    public NetworkCertifier(VerifierOptions options) {
        this.verifier = new Verifier(options);
    }

    /**
     * @param name   the network's name (verdicts and certificates are named after it)
     * @param layers the layers in the order data flows, input first
     * @throws IllegalArgumentException when there is no layer or the shapes do not chain (the message
     *                                  names both layers and their shapes)
     */
    public NetworkReport certify(String name, List<NetworkLayer> layers) {
        if (layers.isEmpty()) throw new IllegalArgumentException(name + ": a network needs at least one layer");
        for (int k = 1; k < layers.size(); k++) {
            NetworkLayer prev = layers.get(k - 1);
            NetworkLayer next = layers.get(k);
            if (next.in() != prev.out()) throw new IllegalArgumentException(LayerOrder.mismatch(prev, next));
        }
        List<LayerPair> pairs = new ArrayList<>();
        for (int k = 0; k + 1 < layers.size(); k++) {
            NetworkLayer lower = layers.get(k);
            NetworkLayer upper = layers.get(k + 1);
            SupportChain pair = new SupportChain(name + ": " + upper.name() + " * " + lower.name(),
                    List.of(upper.mask(), lower.mask()));
            pairs.add(new LayerPair(lower.name(), upper.name(), verifier.verify(pair)));
        }
        Verdict chain = pairs.size() == 1 ? pairs.get(0).verdict() : verifier.verify(chain(name, layers));
        return new NetworkReport(name, layers, pairs, chain, NetworkRules.decide(layers, pairs, chain));
    }

    /** The chain W_N ... W_1 in product order. */
    static SupportChain chain(String name, List<NetworkLayer> layers) {
        List<Mask> factors = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int k = layers.size() - 1; k >= 0; k--) {
            factors.add(layers.get(k).mask());
            names.add(layers.get(k).name());
        }
        return new SupportChain(name + ": " + String.join(" * ", names), factors);
    }
}
