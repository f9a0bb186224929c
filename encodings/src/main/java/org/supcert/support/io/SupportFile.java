package org.supcert.support.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.supcert.io.InputException;
import org.supcert.io.StrictJson;
import org.supcert.support.Mask;
import org.supcert.support.SupportChain;
import org.supcert.support.SupportLimits;
import org.supcert.support.families.Families;
import org.supcert.support.families.FamilySpec;

/**
 * Reader and writer of the supcert/v1 support format (README, "Support format"):
 * <pre>
 * {"supcert": 1, "name": "lu2", "factors": [MASK, MASK], "expect": {...}}      or
 * {"supcert": 1, "name": "...", "family": "butterfly-split:16:2"}
 * MASK = ["10", "11"] | {"shape": [rows, cols], "nonzeros": [[i, j], ...]} | {"family": "...", ...}
 * </pre>
 * Every failure is an {@link InputException} whose one-line message starts with the file name and
 * says where and what is wrong.
 */
public final class SupportFile {
    /** A parsed file: the support and the optional expectation of a golden case. */
    public record Document(SupportChain support, Expectation expect, String description) {}

    /** What docs/theory.md proves for a golden case. */
    public record Expectation(String verdict, String result) {}

    private SupportFile() {}

    /** Reads a support file through the strict, bounded JSON reader ({@link StrictJson}). */
    public static Document read(Path file) {
        JsonNode root = StrictJson.read(file);
        try {
            return document(root, baseName(file));
        } catch (InputException e) {
            throw e.in(file);
        }
    }

    /** Parses a document from a stream (with the same limits); messages do not carry a file name. */
    public static Document parse(InputStream in, String defaultName) throws IOException {
        return document(StrictJson.parse(null, in), defaultName);
    }

    private static Document document(JsonNode root, String defaultName) {
        if (root == null || !root.isObject()) throw InputException.of("top level is not a JSON object");
        JsonNode version = root.get("supcert");
        if (version == null) throw InputException.of("missing \"supcert\": 1 (format version)");
        if (!version.isInt() || version.intValue() != 1) {
            throw InputException.of("unsupported format version " + version + " (this is supcert/v1)");
        }
        String name = root.hasNonNull("name") ? text(root, "name") : defaultName;
        String description = root.hasNonNull("description") ? text(root, "description") : null;
        Expectation expect = null;
        if (root.has("expect")) {
            JsonNode e = root.get("expect");
            expect = new Expectation(text(e, "verdict"), e.hasNonNull("result") ? text(e, "result") : null);
        }
        SupportChain support;
        if (root.has("family") && !root.has("factors")) {
            SupportChain f = FamilySpec.parse(text(root, "family"));
            support = InputException.validating(() -> new SupportChain(name, f.factors()));
        } else {
            JsonNode factors = root.get("factors");
            if (factors == null || !factors.isArray()) throw InputException.of("missing \"factors\" array");
            if (factors.isEmpty()) throw InputException.of("\"factors\" is empty");
            if (factors.size() > SupportLimits.MAX_FACTORS) {
                throw InputException.of(factors.size() + " factors exceed the limit of " + SupportLimits.MAX_FACTORS);
            }
            List<Mask> masks = new ArrayList<>();
            for (int l = 0; l < factors.size(); l++) {
                try {
                    masks.add(mask(factors.get(l)));
                } catch (InputException e) {
                    throw e.at("factor " + l);
                }
            }
            support = InputException.validating(() -> new SupportChain(name, masks));
        }
        return new Document(support, expect, description);
    }

    static Mask mask(JsonNode m) {
        if (m.isArray()) {
            List<String> rows = new ArrayList<>();
            for (int i = 0; i < m.size(); i++) {
                if (!m.get(i).isTextual()) throw InputException.of("row " + i + " is not a string of 0/1");
                rows.add(m.get(i).textValue());
            }
            if (rows.isEmpty()) throw InputException.of("empty mask (no rows)");
            if (rows.get(0).isEmpty()) throw InputException.of("empty mask (no columns)");
            return InputException.validating(() -> Mask.fromRowStrings(rows));
        }
        if (!m.isObject()) throw InputException.of("a mask is an array of row strings or an object");
        if (m.has("family")) return familyMask(m);
        JsonNode shape = m.get("shape");
        if (shape == null || !shape.isArray() || shape.size() != 2 || !shape.get(0).isInt() || !shape.get(1).isInt()) {
            throw InputException.of("\"shape\" must be [rows, cols]");
        }
        Mask.Builder b = InputException.validating(() -> new Mask.Builder(shape.get(0).intValue(), shape.get(1).intValue()));
        JsonNode nz = m.get("nonzeros");
        if (nz == null || !nz.isArray()) throw InputException.of("missing \"nonzeros\" array of [i, j]");
        for (int p = 0; p < nz.size(); p++) {
            JsonNode e = nz.get(p);
            if (!e.isArray() || e.size() != 2 || !e.get(0).isInt() || !e.get(1).isInt()) {
                throw InputException.of("nonzero " + p + " is not a pair of integers [i, j]");
            }
            try {
                b.set(e.get(0).intValue(), e.get(1).intValue());
            } catch (IllegalArgumentException outside) { // the builder's own check: outside the shape, too many
                throw InputException.of("nonzero " + p + ": " + outside.getMessage());
            }
        }
        return InputException.validating(b::build);
    }

    private static Mask familyMask(JsonNode m) {
        String family = text(m, "family");
        return InputException.validating(() -> switch (family) { // the generators refuse bad parameters
            case "kronecker" -> Families.kronecker(integer(m, "a"), integer(m, "b"), integer(m, "c"), integer(m, "d"));
            case "butterfly" -> Families.butterflyFactor(integer(m, "n"), integer(m, "level"));
            case "butterfly-product" -> Families.butterflyProduct(integer(m, "n"), integer(m, "from"), integer(m, "to"));
            case "lower" -> Families.lower(integer(m, "rows"), integer(m, "cols"));
            case "upper" -> Families.upper(integer(m, "rows"), integer(m, "cols"));
            case "dense" -> Families.dense(integer(m, "rows"), integer(m, "cols"));
            case "identity" -> Families.identity(integer(m, "n"));
            case "block-diagonal" -> Families.blockDiagonal(integer(m, "blocks"), integer(m, "rows"), integer(m, "cols"));
            case "random" -> {
                JsonNode d = m.get("density");
                if (d == null || !d.isNumber()) throw InputException.of("family random needs a numeric \"density\"");
                yield Families.random(integer(m, "rows"), integer(m, "cols"), d.doubleValue(), integer(m, "seed"));
            }
            default -> throw InputException.of("unknown mask family '" + family
                    + "' (kronecker, butterfly, butterfly-product, lower, upper, dense, identity, block-diagonal, random)");
        });
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) throw InputException.of("\"" + field + "\" must be a string");
        return v.textValue();
    }

    private static int integer(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.canConvertToInt() || !v.isIntegralNumber()) {
            throw InputException.of("\"" + field + "\" must be an integer");
        }
        return v.intValue();
    }

    /** Serializes a support as supcert/v1 with row strings (masks up to 4096 columns) or non-zero lists. */
    public static ObjectNode toJson(SupportChain chain) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("supcert", 1);
        root.put("name", chain.name());
        ArrayNode factors = root.putArray("factors");
        for (Mask m : chain.factors()) {
            if ((long) m.rows() * m.cols() <= 1 << 16) {
                ArrayNode rows = factors.addArray();
                m.toRowStrings().forEach(rows::add);
            } else {
                ObjectNode o = factors.addObject();
                o.putArray("shape").add(m.rows()).add(m.cols());
                ArrayNode nz = o.putArray("nonzeros");
                for (int i = 0; i < m.rows(); i++) for (int j : m.row(i)) nz.addArray().add(i).add(j);
            }
        }
        return root;
    }

    private static String baseName(Path file) {
        String s = file.getFileName().toString();
        return s.endsWith(".json") ? s.substring(0, s.length() - 5) : s;
    }
}
