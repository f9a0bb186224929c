package org.supcert.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The one JSON writer configuration of supcert (reading is {@link StrictJson}'s): every document
 * supcert writes (check/certify --json, reports, SARIF, lock files, factor files) comes from here,
 * so output settings cannot drift between formats. Jackson's defaults, with object fields in the
 * order the code puts them (the documents are built as trees in a fixed order: same input, same bytes).
 *
 * <p>Trees are written by walking them onto jackson-core's generator, not through an
 * {@code ObjectMapper}: the text is the same (Jackson's default generator and pretty printer, as
 * {@code JsonWritersTest} checks against databind's own serialization), and a command that prints
 * one small document no longer builds databind's serializer machinery first (0.05 s of a cold
 * {@code butterfly --json}).
 */
public final class JsonWriters {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonWriters() {}

    /** The document indented (two spaces, Jackson's default pretty printer), ending in a line break. */
    public static String pretty(JsonNode doc) {
        return write(doc, true) + "\n";
    }

    /** The document on one line, without a line break. */
    public static String compact(JsonNode doc) {
        return write(doc, false);
    }

    /** The factory behind both, for streaming output ({@code createGenerator}) of large documents. */
    public static JsonFactory factory() {
        return FACTORY;
    }

    private static String write(JsonNode doc, boolean pretty) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            if (pretty) g.setPrettyPrinter(new DefaultPrettyPrinter());
            node(g, doc);
        } catch (IOException e) { // a StringWriter does not fail
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void node(JsonGenerator g, JsonNode n) throws IOException {
        switch (n.getNodeType()) {
            case OBJECT -> {
                g.writeStartObject();
                for (Map.Entry<String, JsonNode> e : n.properties()) {
                    g.writeFieldName(e.getKey());
                    node(g, e.getValue());
                }
                g.writeEndObject();
            }
            case ARRAY -> {
                g.writeStartArray();
                for (JsonNode x : n) node(g, x);
                g.writeEndArray();
            }
            case STRING -> g.writeString(n.textValue());
            case BOOLEAN -> g.writeBoolean(n.booleanValue());
            case NULL, MISSING -> g.writeNull(); // databind writes a missing node (from path()) as null
            case BINARY -> g.writeBinary(n.binaryValue());
            case NUMBER -> {
                switch (n.numberType()) {
                    case INT -> g.writeNumber(n.intValue());
                    case LONG -> g.writeNumber(n.longValue());
                    case BIG_INTEGER -> g.writeNumber(n.bigIntegerValue());
                    case FLOAT -> g.writeNumber(n.floatValue());
                    case DOUBLE -> g.writeNumber(n.doubleValue());
                    case BIG_DECIMAL -> g.writeNumber(n.decimalValue());
                }
            }
            // a POJO node needs databind's serializers; supcert's trees hold plain values only
            default -> throw new IllegalArgumentException("cannot write a " + n.getNodeType() + " JSON node");
        }
    }
}
