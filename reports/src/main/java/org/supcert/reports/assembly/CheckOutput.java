package org.supcert.reports.assembly;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import org.supcert.io.JsonWriters;
import org.supcert.reports.VerdictJson;
import org.supcert.reports.VerdictText;
import org.supcert.verifier.Verdict;

/**
 * The output of {@code supcert check}: the verdicts as text, or as JSON (README, "JSON output"): one
 * document for one support, an array of them for several.
 */
public final class CheckOutput {

    private CheckOutput() {}

    public static String text(List<Verdict> verdicts) {
        StringBuilder b = new StringBuilder();
        verdicts.forEach(v -> b.append(VerdictText.render(v)));
        return b.toString();
    }

    /** @param fullCertificates closedness certificates in full, else one summary line each */
    public static String json(List<Verdict> verdicts, boolean fullCertificates) {
        List<JsonNode> docs = verdicts.stream().map(v -> (JsonNode) VerdictJson.write(v, fullCertificates)).toList();
        JsonNode doc = docs.size() == 1 ? docs.get(0) : JsonNodeFactory.instance.arrayNode().addAll(docs);
        return JsonWriters.pretty(doc);
    }
}
