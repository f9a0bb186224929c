package org.supcert.network;

import java.util.ArrayList;
import java.util.List;
import org.supcert.verifier.Status;
import org.supcert.verifier.Verdict;

/**
 * docs/theory.md#section-7, applied with each theorem's hypotheses:
 * <ul>
 *   <li>one layer: P is a linear space and training is least squares over it: an optimum exists;</li>
 *   <li>two layers, output dimension 1: an optimum exists for every data set and support (Theorem IV);</li>
 *   <li>two layers, P of the pair not closed: some data set has no optimum (Theorem V);</li>
 *   <li>N &gt;= 3 layers, P of the whole chain not closed: ill-posed (Theorem VI). A consecutive pair
 *       that is not closed is <i>not</i> enough here: the other layers can make the chain's set closed
 *       (a dense 2 x 2 layer on top of an LU pair gives all of R^(2x2)), and Theorem IV is about two
 *       layers only;</li>
 *   <li>the deciding set closed: the necessary condition holds and no theorem gives more.</li>
 * </ul>
 */
final class NetworkRules {
    private NetworkRules() {}

    static NetworkVerdict decide(List<NetworkLayer> layers, List<LayerPair> pairs, Verdict chain) {
        int n = layers.size();
        int outputs = layers.get(n - 1).out();
        if (n == 1) {
            return new NetworkVerdict(NetworkStatus.OPTIMUM_EXISTS, "one linear layer: its set of weights is the "
                    + "linear space of matrices on the mask (docs/theory.md#section-1), and least squares over a linear "
                    + "space always attains its minimum", null);
        }
        if (n == 2) return twoLayers(outputs, chain);
        return deep(n, outputs, pairs, chain);
    }

    private static NetworkVerdict twoLayers(int outputs, Verdict pair) {
        if (outputs == 1) {
            return new NetworkVerdict(NetworkStatus.OPTIMUM_EXISTS, "output dimension 1: a two-layer sparse ReLU "
                    + "network with one output has an optimum for every data set, whatever its supports (Theorem IV, "
                    + "docs/theory.md#section-7)" + (pair.status() == Status.CLOSED ? "; its linear set P is closed, as it must be"
                    : ""), null);
        }
        switch (pair.status()) {
            case NOT_CLOSED:
                return new NetworkVerdict(NetworkStatus.ILL_POSED, "the linear set P of the two layers is not closed "
                        + "(the certificate gives a matrix B that products of sparse weights approach but never reach), "
                        + "so some data set has no optimum and training may diverge (Theorem V, docs/theory.md#theorem-v)",
                        pair.certificate());
            case CLOSED:
                return new NetworkVerdict(NetworkStatus.NO_OBSTRUCTION_FOUND, "the linear set P of the two layers is "
                        + "closed (" + pair.result().title() + "): the necessary condition of Theorem V for an optimum on "
                        + "every data set holds; the theory (docs/theory.md#networks) gives no guarantee beyond it", null);
            default:
                return new NetworkVerdict(NetworkStatus.UNKNOWN, "closedness of the linear set P of the two layers is "
                        + "undecided: " + pair.reason(), null);
        }
    }

    private static NetworkVerdict deep(int n, int outputs, List<LayerPair> pairs, Verdict chain) {
        String pairNote = pairNote(pairs);
        String outputNote = outputs == 1 ? "; the output dimension is 1, but Theorem IV covers two-layer networks only" : "";
        switch (chain.status()) {
            case NOT_CLOSED:
                return new NetworkVerdict(NetworkStatus.ILL_POSED, "the linear set P of the whole chain of " + n
                        + " layers is not closed (see its certificate), so some data set has no optimum and training may "
                        + "diverge (Theorem VI, docs/theory.md#theorem-vi)", chain.certificate());
            case CLOSED:
                return new NetworkVerdict(NetworkStatus.NO_OBSTRUCTION_FOUND, "the linear set P of the whole chain of "
                        + n + " layers is closed (" + chain.result().title() + "): the necessary condition of Theorem VI "
                        + "holds; the theory (docs/theory.md#networks) gives no guarantee beyond it" + outputNote + pairNote, null);
            default:
                return new NetworkVerdict(NetworkStatus.UNKNOWN, "closedness of the linear set P of the whole chain of "
                        + n + " layers is undecided (" + chain.reason() + "), and only the whole chain decides a network "
                        + "of " + n + " layers (Theorem VI)" + outputNote + pairNote, null);
        }
    }

    /** What non-closed pairs mean inside a deeper network: an obstruction for that pair alone, not a proof. */
    private static String pairNote(List<LayerPair> pairs) {
        List<String> open = new ArrayList<>();
        for (LayerPair p : pairs) if (p.verdict().status() == Status.NOT_CLOSED) open.add(p.lower() + " -> " + p.upper());
        if (open.isEmpty()) return "";
        return "; the pair(s) " + String.join(", ", open) + " are not closed: as a two-layer network on their own "
                + "they would be ill-posed (Theorem V), but inside this deeper network that is no proof, since the "
                + "other layers can make the chain's set closed";
    }
}
