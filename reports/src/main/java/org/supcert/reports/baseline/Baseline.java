package org.supcert.reports.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.supcert.io.InputException;
import org.supcert.io.JsonWriters;
import org.supcert.io.StrictJson;
import org.supcert.reports.model.Report;
import org.supcert.reports.model.SupportReport;

/**
 * The lock file of "supcert ci", version {@link #VERSION}, entries sorted by key so that a rewrite
 * of the same verdicts is byte-for-byte the same file:
 * <pre>
 * {"supcertLock": 1, "supports": [{"key", "source", "name", "shape", "sha256", "verdict", "result"}, ...]}
 * </pre>
 * The key is the input as given plus the support name ({@link SupportReport#key()}); the content
 * hash is separate so that a changed mask is reported as a change of that support, not as a new one.
 */
public record Baseline(List<Entry> entries) {
    public static final int VERSION = 1;

    /** One support's recorded verdict. {@code verdict} is CLOSED, NOT_CLOSED or UNKNOWN. */
    public record Entry(String key, String source, String name, String shape, String sha256, String verdict, String result) {}

    public Baseline {
        entries = entries.stream().sorted(Comparator.comparing(Entry::key)).toList();
        for (int k = 1; k < entries.size(); k++) {
            if (entries.get(k).key().equals(entries.get(k - 1).key())) {
                throw InputException.of("support " + entries.get(k).key() + " appears twice");
            }
        }
    }

    /** The baseline of a report's verdicts; input errors have none and are left out. */
    public static Baseline of(Report r) {
        List<Entry> out = new ArrayList<>();
        for (SupportReport s : r.supports()) {
            if (s.verdict() == null) continue;
            out.add(new Entry(s.key(), s.source(), s.name(), s.shape(), s.sha256(), s.verdict().status().name(),
                    s.verdict().result().id()));
        }
        return new Baseline(out);
    }

    public Map<String, Entry> byKey() {
        Map<String, Entry> m = new LinkedHashMap<>();
        for (Entry e : entries) m.put(e.key(), e);
        return m;
    }

    public String write() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("supcertLock", VERSION);
        ArrayNode list = o.putArray("supports");
        for (Entry e : entries) {
            ObjectNode n = list.addObject();
            n.put("key", e.key());
            n.put("source", e.source());
            n.put("name", e.name());
            n.put("shape", e.shape());
            n.put("sha256", e.sha256());
            n.put("verdict", e.verdict());
            n.put("result", e.result());
        }
        return JsonWriters.pretty(o);
    }

    /** Reads a lock file; null when it does not exist. Errors name the file. */
    public static Baseline read(Path file) {
        if (Files.notExists(file)) return null;
        JsonNode doc = StrictJson.read(file);
        if (doc == null || !doc.isObject() || doc.path("supcertLock").asInt(-1) != VERSION || !doc.path("supports").isArray()) {
            throw new InputException(file, "not a supcert lock file of version " + VERSION
                    + " ({\"supcertLock\": 1, \"supports\": [...]})");
        }
        List<Entry> out = new ArrayList<>();
        int k = 0;
        try {
            for (JsonNode n : doc.get("supports")) {
                String where = "supports[" + k++ + "]";
                String verdict = text(n, "verdict", where);
                if (!Set.of("CLOSED", "NOT_CLOSED", "UNKNOWN").contains(verdict)) {
                    throw new InputException(file, where, "verdict '" + verdict + "' is not CLOSED, NOT_CLOSED or UNKNOWN", null);
                }
                out.add(new Entry(text(n, "key", where), text(n, "source", where), text(n, "name", where),
                        text(n, "shape", where), text(n, "sha256", where), verdict, text(n, "result", where)));
            }
            return new Baseline(out);
        } catch (InputException e) {
            throw e.in(file);
        }
    }

    private static String text(JsonNode n, String field, String where) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) throw new InputException(null, where, "missing text field '" + field + "'", null);
        return v.asText();
    }
}
