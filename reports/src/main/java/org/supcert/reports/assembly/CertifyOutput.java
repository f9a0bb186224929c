package org.supcert.reports.assembly;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.supcert.certificate.CertificateJson;
import org.supcert.io.JsonWriters;
import org.supcert.network.LayerPair;
import org.supcert.network.ModelNetwork;
import org.supcert.network.NetworkLayer;
import org.supcert.network.NetworkReport;
import org.supcert.reports.VerdictText;
import org.supcert.verifier.Verdict;

/**
 * The output of {@code supcert certify}: human text, or one JSON document (README, "Networks"):
 * {@code {"model","order","layers":[{"name","tensor","shape","transposed","origin","nm","nonZeros"}],
 * "pairs":[{"layers","verdict","result","reason","shape","certificate"}],"chain":{same, "layers"},
 * "network":{"verdict","reason"},"certificate"}}. The top-level certificate is the one behind
 * ILL_POSED (else null), so {@code supcert recheck} reads the document directly. No timings: the
 * JSON is a function of the input alone.
 */
public final class CertifyOutput {
    /** The "nm" of a layer without real N:M structure ({@link org.supcert.io.NmSparsity#detect}). */
    public static final String UNSTRUCTURED = "unstructured";


    private CertifyOutput() {}

    public static String text(NetworkReport r, ModelNetwork n) {
        StringBuilder s = new StringBuilder();
        s.append(r.name()).append(": network ").append(r.network().status()).append("  (").append(r.layers().size())
                .append(r.layers().size() == 1 ? " layer" : " layers").append(", order ").append(orderText(n)).append(")\n");
        s.append("  layers, input first (out x in):\n");
        for (int k = 0; k < r.layers().size(); k++) {
            NetworkLayer l = r.layers().get(k);
            ModelNetwork.Origin o = n.origin().get(k);
            s.append(String.format(Locale.US, "    %d. %s  %d x %d, %d allowed, from '%s' (%s%s)%s%n", k + 1, l.name(),
                    l.out(), l.in(), l.mask().nonZeros(), o.tensor(), origin(o), o.transposed() ? ", transposed: " + o.why() : "",
                    o.nm().map(x -> ", N:M " + x + " along the input" + (x.exact() ? "" : " (at most)")).orElse(", " + UNSTRUCTURED)));
        }
        for (LayerPair p : r.pairs()) {
            s.append("  pair ").append(p.lower()).append(" -> ").append(p.upper()).append(":\n");
            s.append(indent(VerdictText.render(p.verdict()), "    "));
        }
        if (r.pairs().size() == 1) {
            s.append("  chain: the pair above\n");
        } else {
            s.append("  chain of all ").append(r.layers().size()).append(" layers:\n");
            s.append(indent(VerdictText.render(r.chain()), "    "));
        }
        s.append("  network: ").append(r.network().status()).append('\n');
        s.append("    reason: ").append(r.network().reason()).append('\n');
        return s.toString();
    }

    public static String json(NetworkReport r, ModelNetwork n) {
        return JsonWriters.pretty(node(r, n));
    }

    /** The JSON document as a tree (certify-all puts it on one line). */
    public static ObjectNode node(NetworkReport r, ModelNetwork n) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("model", r.name());
        o.put("order", n.order().name().toLowerCase(Locale.ROOT));
        ArrayNode layers = o.putArray("layers");
        for (int k = 0; k < r.layers().size(); k++) {
            NetworkLayer l = r.layers().get(k);
            ModelNetwork.Origin src = n.origin().get(k);
            ObjectNode x = layers.addObject();
            x.put("name", l.name());
            x.put("tensor", src.tensor());
            x.putArray("shape").add(l.out()).add(l.in());
            x.put("transposed", src.transposed());
            x.put("origin", src.kind());
            x.put("nm", src.nm().map(Object::toString).orElse(UNSTRUCTURED));
            x.put("nonZeros", l.mask().nonZeros());
        }
        ArrayNode pairs = o.putArray("pairs");
        for (LayerPair p : r.pairs()) pairs.add(verdict(List.of(p.lower(), p.upper()), p.verdict()));
        List<String> all = new ArrayList<>();
        for (NetworkLayer l : r.layers()) all.add(l.name());
        o.set("chain", verdict(all, r.chain()));
        ObjectNode net = o.putObject("network");
        net.put("verdict", r.network().status().name());
        net.put("reason", r.network().reason());
        if (r.network().certificate() == null) o.putNull("certificate");
        else o.set("certificate", CertificateJson.write(r.network().certificate()));
        return o;
    }

    private static ObjectNode verdict(List<String> layers, Verdict v) {
        ObjectNode x = JsonNodeFactory.instance.objectNode();
        ArrayNode names = x.putArray("layers");
        layers.forEach(names::add);
        x.put("verdict", v.status().name());
        x.put("result", v.result().id());
        x.put("reason", v.reason());
        x.put("shape", v.shape());
        if (v.certificate() == null) x.putNull("certificate");
        else x.set("certificate", CertificateJson.write(v.certificate()));
        return x;
    }

    private static String orderText(ModelNetwork n) {
        switch (n.order()) {
            case GIVEN: return "given";
            case NAMES: return "by the numbers in the layer names";
            case GRAPH: return "from the model's graph";
            case BLOCKS: return "by GPT-2 block: c_attn, attn.c_proj, c_fc, mlp.c_proj";
            default: return "by shapes (the only order in which they chain)";
        }
    }

    private static String origin(ModelNetwork.Origin o) {
        switch (o.kind()) {
            case "PRUNING_MASK": return "PyTorch pruning mask";
            case "BITMASK": return "compressed-tensors bitmask";
            case "BINARY_TENSOR": return "0/1 tensor";
            case ModelNetwork.SUPPORT_FILE: return "supcert/v1 factor";
            default: return "support of the weights";
        }
    }

    private static String indent(String block, String pad) {
        StringBuilder s = new StringBuilder();
        for (String line : block.split("\n", -1)) {
            if (!line.isEmpty()) s.append(pad).append(line).append('\n');
        }
        return s.toString();
    }
}
