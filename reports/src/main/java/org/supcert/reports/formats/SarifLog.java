package org.supcert.reports.formats;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.supcert.io.JsonWriters;
import org.supcert.reports.model.Report;
import org.supcert.reports.model.SupportReport;
import org.supcert.certificate.NamedResult;
import org.supcert.verifier.Verdict;

/**
 * SARIF 2.1.0 as GitHub code scanning takes it: one run, one rule per named result of docs/theory.md
 * (plus "input-error"), each with help text and Markdown that link to its section of
 * {@code docs/theory.md}; one result per support. Every result has a physical location GitHub can
 * place: the input file relative to the repository root with {@code uriBaseId} {@value #SRCROOT}
 * (a file outside the repository keeps its absolute {@code file:} URI), and for {@code --family}
 * inputs, which name no file, the family location (by default {@value #DEFAULT_FAMILY_LOCATION}).
 * The support name is the logical location. Levels: NOT CLOSED error, UNKNOWN warning, CLOSED
 * note, input error error. Fingerprint "supcertSupport/v1" = SHA-256 of key, content hash and rule,
 * so it follows the support, not its position in the file.
 */
public final class SarifLog {
    /** The rule of an input that could not be read. */
    public static final String INPUT_ERROR_RULE = "input-error";
    /** The uriBaseId of every repository-relative location (GitHub's upload action resolves it). */
    public static final String SRCROOT = "%SRCROOT%";
    /** Where results of {@code --family} inputs are placed unless told otherwise: the CI lock file. */
    public static final String DEFAULT_FAMILY_LOCATION = "supcert.lock";
    /** The theory document the rules' help links to, relative to the repository root. */
    static final String THEORY_DOC = "docs/theory.md";

    private SarifLog() {}

    /** The log with locations relative to the repository around the working directory. */
    public static String write(Report r) {
        return write(r, repositoryRoot(Path.of("").toAbsolutePath()), DEFAULT_FAMILY_LOCATION);
    }

    /**
     * @param root           the repository root that input paths are made relative to
     * @param familyLocation the file (relative to the working directory, or absolute) that results of
     *                       {@code --family} inputs point to
     */
    public static String write(Report r, Path root, String familyLocation) {
        return JsonWriters.pretty(toJson(r, root, familyLocation));
    }

    /** The nearest directory at or above {@code dir} that holds {@code .git}, else {@code dir}. */
    public static Path repositoryRoot(Path dir) {
        for (Path p = dir.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"))) return p;
        }
        return dir.toAbsolutePath().normalize();
    }

    public static ObjectNode toJson(Report r) {
        return toJson(r, repositoryRoot(Path.of("").toAbsolutePath()), DEFAULT_FAMILY_LOCATION);
    }

    static ObjectNode toJson(Report r, Path root, String familyLocation) {
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
            rule(rules, n.id(), n.title(), n.title() + " [" + n.section() + "]", level(n), help(n));
        }
        rule(rules, INPUT_ERROR_RULE, "Input error", "The input could not be read as a support.", "error",
                new String[] {"The input could not be read as a support or a model file; the message names the file and "
                        + "the problem. See README.md, \"Exit codes\" (exit 2).", "README.md#exit-codes"});
        ArrayNode results = run.putArray("results");
        for (SupportReport s : r.supports()) result(results, s, root, familyLocation);
        return log;
    }

    /** Help text and the link of a named result: its section of the theory document, by its id. */
    private static String[] help(NamedResult n) {
        String link = n == NamedResult.NONE ? THEORY_DOC + "#unknown" : THEORY_DOC + "#" + n.id();
        String text = n == NamedResult.NONE ? "No result of the theory decides whether the set P of realizable "
                + "products is closed: the verdict is UNKNOWN. " : "The verdict on the closedness of the set P of "
                + "realizable products was decided by this result. ";
        return new String[] {text + n.title() + " (" + n.section() + "). The statement, its proof and what it means "
                + "for training are in " + link + ".", link};
    }

    private static void rule(ArrayNode rules, String id, String title, String full, String level, String[] help) {
        ObjectNode o = rules.addObject();
        o.put("id", id);
        o.put("name", ruleName(id));
        o.putObject("shortDescription").put("text", title);
        o.putObject("fullDescription").put("text", full);
        ObjectNode h = o.putObject("help");
        h.put("text", help[0]);
        h.put("markdown", help[0].replace(help[1] + ".", "[" + help[1] + "](" + help[1] + ")."));
        o.putObject("defaultConfiguration").put("level", level);
    }

    /** "corner-certificate" -> "CornerCertificate" (SARIF rule names are Pascal case by convention). */
    private static String ruleName(String id) {
        StringBuilder b = new StringBuilder();
        for (String part : id.split("-")) b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        return b.toString();
    }

    /** Results that prove NOT CLOSED (a certificate) are errors, UNKNOWN's "none" a warning, the rest notes. */
    private static String level(NamedResult n) {
        if (n == NamedResult.NONE) return "warning";
        return n.id().endsWith("certificate") ? "error" : "note";
    }

    private static void result(ArrayNode results, SupportReport s, Path root, String familyLocation) {
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
        ObjectNode physical = loc.putObject("physicalLocation");
        location(physical.putObject("artifactLocation"), s.source().startsWith("--") ? familyLocation : s.source(), root);
        physical.putObject("region").put("startLine", 1);
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

    /**
     * The repository-relative URI of a path as given (relative paths resolve against the working
     * directory), with uriBaseId; a path outside the repository gets its absolute file: URI.
     */
    static void location(ObjectNode artifact, String path, Path root) {
        Path abs = Path.of(path).toAbsolutePath().normalize();
        if (abs.startsWith(root) && !abs.equals(root)) {
            artifact.put("uri", uri(root.relativize(abs).toString()));
            artifact.put("uriBaseId", SRCROOT);
        } else {
            artifact.put("uri", abs.toUri().toString());
        }
    }

    /** A relative URI reference for a path (forward slashes; spaces, '%' and '#' escaped). */
    static String uri(String path) {
        return path.replace('\\', '/').replace("%", "%25").replace(" ", "%20").replace("#", "%23");
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
