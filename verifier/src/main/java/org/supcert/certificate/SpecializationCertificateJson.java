package org.supcert.certificate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.supcert.io.InputException;

/**
 * The JSON form of a {@link SpecializationCertificate}, stable field order:
 * <pre>
 * {"supcertCertificate": 1, "result": "specialization", "support", "factors", "layer",
 *  "orientation": "as-given" | "transposed", "generator", "seed", "prime", "cells", "digest"}
 * </pre>
 */
public final class SpecializationCertificateJson {
    private SpecializationCertificateJson() {}

    public static ObjectNode write(SpecializationCertificate c) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("supcertCertificate", 1);
        o.put("result", NamedResult.SPECIALIZATION.id());
        o.put("support", c.support());
        o.put("factors", c.factors());
        o.put("layer", c.layer());
        o.put("orientation", c.transposed() ? "transposed" : "as-given");
        o.put("generator", c.generator());
        o.put("seed", c.seed());
        o.put("prime", c.prime());
        o.put("cells", c.cells());
        o.put("digest", c.digest());
        return o;
    }

    /** True when the node is a specialization certificate (so readers can dispatch on "result"). */
    public static boolean isSpecialization(JsonNode o) {
        return o != null && o.isObject() && NamedResult.SPECIALIZATION.id().equals(o.path("result").asText(null));
    }

    /** Reads a certificate; a malformed one is an {@link InputException} naming the field. */
    public static SpecializationCertificate read(JsonNode o) {
        if (o == null || !o.isObject() || !o.has("supcertCertificate")) {
            throw InputException.of("not a supcert certificate (no \"supcertCertificate\" field)");
        }
        if (!o.get("supcertCertificate").isInt() || o.get("supcertCertificate").asInt() != 1) {
            throw InputException.of("unsupported certificate version");
        }
        if (!isSpecialization(o)) throw InputException.of("\"result\" is not \"specialization\"");
        String orientation = text(o, "orientation");
        if (!orientation.equals("as-given") && !orientation.equals("transposed")) {
            throw InputException.of("\"orientation\" must be \"as-given\" or \"transposed\"");
        }
        return new SpecializationCertificate(text(o, "support"), (int) integer(o, "factors", Integer.MAX_VALUE),
                (int) integer(o, "layer", Integer.MAX_VALUE), orientation.equals("transposed"), text(o, "generator"),
                o.path("seed").canConvertToLong() && o.path("seed").isIntegralNumber() ? o.get("seed").asLong()
                        : fail("seed"),
                integer(o, "prime", Long.MAX_VALUE), integer(o, "cells", Long.MAX_VALUE),
                integer(o, "digest", Long.MAX_VALUE));
    }

    private static String text(JsonNode o, String name) {
        JsonNode v = o.get(name);
        if (v == null || !v.isTextual()) throw InputException.of("field \"" + name + "\" must be a string");
        return v.asText();
    }

    /** A non-negative integer field at most max. */
    private static long integer(JsonNode o, String name, long max) {
        JsonNode v = o.get(name);
        if (v == null || !v.isIntegralNumber() || !v.canConvertToLong() || v.asLong() < 0 || v.asLong() > max) {
            throw InputException.of("field \"" + name + "\" must be an integer in 0.." + max);
        }
        return v.asLong();
    }

    private static long fail(String name) {
        throw InputException.of("field \"" + name + "\" must be a 64-bit integer");
    }
}
