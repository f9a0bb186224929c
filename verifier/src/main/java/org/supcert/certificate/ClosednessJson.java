package org.supcert.certificate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.supcert.io.InputException;

/**
 * The JSON form of closedness certificates (README, "Certificates"), stable field order:
 * <pre>
 * {"supcertCertificate": 1, "support", "result": "theorem-s", "orientation": "rows" | "cols",
 *  "inner": [k...], "lines": [{"at": [i...], "matched": [j...], "inner": [k...]}...]}
 * {"supcertCertificate": 1, "support", "result": "linearization", "prime", "inner": [k...],
 *  "fixedY": [{"column": k, "values": [..]}...], "fixedX": [...]}
 * </pre>
 * A summary form ({@code "summary": "..."} instead of the data) keeps huge outputs small; it
 * cannot be re-checked and says so.
 */
public final class ClosednessJson {
    private ClosednessJson() {}

    /** Whether {@code o} is a closedness certificate (by its result id). */
    public static boolean isClosedness(JsonNode o) {
        String r = o.path("result").asText("");
        return NamedResult.THEOREM_S.id().equals(r) || NamedResult.LINEARIZATION.id().equals(r)
                || SpecializationCertificateJson.isSpecialization(o);
    }

    public static ObjectNode write(ClosednessCertificate c, boolean full) {
        if (c instanceof SpecializationCertificate s) return SpecializationCertificateJson.write(s); // a few numbers: always in full
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("supcertCertificate", 1);
        o.put("support", c.support());
        o.put("result", c.result().id());
        if (!full) {
            o.put("summary", c.summary());
            return o;
        }
        if (c instanceof SpanningCertificate s) {
            o.put("orientation", s.orientation());
            ints(o.putArray("inner"), s.inner());
            ArrayNode lines = o.putArray("lines");
            for (SpanningCertificate.Line l : s.lines()) {
                ObjectNode x = lines.addObject();
                ints(x.putArray("at"), l.at());
                ints(x.putArray("matched"), l.matched());
                ints(x.putArray("inner"), l.inner());
            }
        } else if (c instanceof LinearizationCertificate l) {
            o.put("prime", l.prime());
            ints(o.putArray("inner"), l.inner());
            fixed(o.putArray("fixedY"), l.fixedY());
            fixed(o.putArray("fixedX"), l.fixedX());
        }
        return o;
    }

    /** Reads one; a malformed or summary-only certificate is an {@link InputException} naming the problem. */
    public static ClosednessCertificate read(JsonNode o) {
        if (SpecializationCertificateJson.isSpecialization(o)) return SpecializationCertificateJson.read(o);
        if (o.get("supcertCertificate") == null || o.get("supcertCertificate").asInt() != 1) {
            throw InputException.of("unsupported certificate version");
        }
        String support = o.path("support").asText("?");
        String result = o.path("result").asText("");
        if (o.has("summary")) throw InputException.of(support + ": a " + result + " certificate in summary form "
                + "carries no data to re-check (run 'check --json' without '--certificates summary')");
        if (NamedResult.THEOREM_S.id().equals(result)) {
            List<SpanningCertificate.Line> lines = new ArrayList<>();
            for (JsonNode x : array(o, "lines")) lines.add(new SpanningCertificate.Line(ints(x, "at"), ints(x, "matched"), ints(x, "inner")));
            return new SpanningCertificate(support, o.path("orientation").asText(""), ints(o, "inner"), List.copyOf(lines));
        }
        if (NamedResult.LINEARIZATION.id().equals(result)) {
            return new LinearizationCertificate(support, ints(o, "inner"), fixed(array(o, "fixedY")), fixed(array(o, "fixedX")),
                    o.path("prime").asLong(0));
        }
        throw InputException.of("unknown closedness certificate \"" + result + "\"");
    }

    private static JsonNode array(JsonNode o, String name) {
        JsonNode v = o.get(name);
        if (v == null || !v.isArray()) throw InputException.of("missing array \"" + name + "\"");
        return v;
    }

    private static int[] ints(JsonNode o, String name) {
        JsonNode a = array(o, name);
        int[] v = new int[a.size()];
        for (int i = 0; i < v.length; i++) {
            if (!a.get(i).canConvertToInt()) throw InputException.of("\"" + name + "\" holds a non-integer");
            v[i] = a.get(i).asInt();
        }
        return v;
    }

    private static void ints(ArrayNode a, int[] v) {
        for (int x : v) a.add(x);
    }

    private static void fixed(ArrayNode a, List<LinearizationCertificate.Fixed> fs) {
        for (LinearizationCertificate.Fixed f : fs) {
            ObjectNode x = a.addObject();
            x.put("column", f.column());
            ArrayNode values = x.putArray("values");
            for (long v : f.values()) values.add(v);
        }
    }

    private static List<LinearizationCertificate.Fixed> fixed(JsonNode a) {
        List<LinearizationCertificate.Fixed> out = new ArrayList<>();
        for (JsonNode x : a) {
            JsonNode vs = array(x, "values");
            long[] v = new long[vs.size()];
            for (int i = 0; i < v.length; i++) {
                if (!vs.get(i).canConvertToLong()) throw InputException.of("\"values\" holds a non-integer");
                v[i] = vs.get(i).asLong();
            }
            out.add(new LinearizationCertificate.Fixed(x.path("column").asInt(-1), v));
        }
        return out;
    }
}
