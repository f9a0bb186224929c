package org.supcert.reports.formats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.supcert.reports.model.Report;
import org.supcert.reports.model.SupportReport;
import org.supcert.verifier.NamedResult;
import org.supcert.verifier.Verdict;

/**
 * SARIF 2.1.0: one run, one rule per named result of THEORY.md (plus "input-error"), one result per
 * support with the file (or the family spec) as location and the support name as logical location.
 * Levels: NOT CLOSED error, UNKNOWN warning, CLOSED note, input error error. Fingerprint
 * "supcertSupport/v1" = SHA-256 of key, content hash and rule, so it follows the support, not its
 * position in the file.
 */
public final class SarifLog {
    /** The rule of an input that could not be read. */
    public static final String INPUT_ERROR_RULE = "input-error";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SarifLog() {}

    public static String write(Report r) {
        try {
            return JSON.writeValueAsString(toJson(r)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode toJson(Report r) {
        ObjectNode log = JsonNodeFactory.instance.objectNode();
        log.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "supcert");
        driver.put("semanticVersion", r.tool().replaceFirst("^supcert ", ""));
        driver.put("informationUri", "https://arxiv.org/abs/2112.00386");
        ArrayNode rules = driver.putArray("rules");
        for (NamedResult n : NamedResult.values()) {
            rule(rules, n.id(), n.title(), n.title() + " [" + n.section() + "]", level(n));
        }
        rule(rules, INPUT_ERROR_RULE, "Input error", "The input could not be read as a support.", "error");
        ArrayNode results = run.putArray("results");
        for (SupportReport s : r.supports()) result(results, s);
        return log;
    }

    private static void rule(ArrayNode rules, String id, String title, String full, String level) {
        ObjectNode o = rules.addObject();
        o.put("id", id);
        o.putObject("shortDescription").put("text", title);
        o.putObject("fullDescription").put("text", full);
        o.putObject("defaultConfiguration").put("level", level);
    }

    /** Results that prove NOT CLOSED (a certificate) are errors, UNKNOWN's "none" a warning, the rest notes. */
    private static String level(NamedResult n) {
        if (n == NamedResult.NONE) return "warning";
        return n.id().endsWith("certificate") ? "error" : "note";
    }

    private static void result(ArrayNode results, SupportReport s) {
        Verdict v = s.verdict();
        String ruleId = v == null ? INPUT_ERROR_RULE : v.result().id();
        int ruleIndex = v == null ? NamedResult.values().length : v.result().ordinal();
        ObjectNode o = results.addObject();
        o.put("ruleId", ruleId);
        o.put("ruleIndex", ruleIndex);
        String level;
        String text;
        if (v == null) {
            level = "error";
            text = s.source() + ": input error: " + s.error();
        } else {
            level = switch (v.status()) {
                case NOT_CLOSED -> "error";
                case UNKNOWN -> "warning";
                case CLOSED -> "note";
            };
            text = s.name() + ": " + v.status().name().replace('_', ' ') + " by " + v.result().title() + " ["
                    + v.result().section() + "]: " + v.reason();
        }
        o.put("level", level);
        o.putObject("message").put("text", text);
        ObjectNode loc = o.putArray("locations").addObject();
        if (!s.source().startsWith("--")) {
            loc.putObject("physicalLocation").putObject("artifactLocation").put("uri", uri(s.source()));
        }
        ObjectNode logical = loc.putArray("logicalLocations").addObject();
        logical.put("name", s.name());
        logical.put("fullyQualifiedName", s.key());
        logical.put("kind", "module");
        o.putObject("partialFingerprints").put("supcertSupport/v1", sha256(s.key() + "\n" + s.sha256() + "\n" + ruleId));
        ObjectNode props = o.putObject("properties");
        props.put("outcome", s.outcome().name());
        props.put("shape", s.shape());
        props.put("sha256", s.sha256());
    }

    /** A relative URI reference for a path as given (forward slashes, spaces and '%' escaped). */
    static String uri(String path) {
        return path.replace('\\', '/').replace("%", "%25").replace(" ", "%20");
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
