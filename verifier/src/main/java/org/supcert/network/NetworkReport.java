package org.supcert.network;

import java.util.List;
import org.supcert.verifier.Verdict;

/**
 * Everything {@code supcert certify} reports about a network.
 *
 * @param name    the network's (model file's) name
 * @param layers  the layers in the order data flows (input first)
 * @param pairs   one entry per consecutive pair of layers, input side first
 * @param chain   the verdict on the whole chain W_N ... W_1 (for two layers the pair's verdict, for
 *                one layer the linear space)
 * @param network what the verdicts mean for training (docs/theory.md#section-7)
 */
public record NetworkReport(String name, List<NetworkLayer> layers, List<LayerPair> pairs, Verdict chain,
        NetworkVerdict network) {
    public NetworkReport {
        layers = List.copyOf(layers);
        pairs = List.copyOf(pairs);
    }
}
