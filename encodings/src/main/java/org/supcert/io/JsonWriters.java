package org.supcert.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one JSON writer configuration of supcert (reading is {@link StrictJson}'s): every document
 * supcert writes (check/certify --json, reports, SARIF, lock files, factor files) comes from here,
 * so output settings cannot drift between formats. Jackson's defaults, with object fields in the
 * order the code puts them (the documents are built as trees in a fixed order: same input, same bytes).
 */
public final class JsonWriters {
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    /** Indented output (two spaces, Jackson's default pretty printer), for files people read. */
    public static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();
    /** One line, for line-per-record output. */
    public static final ObjectWriter COMPACT = MAPPER.writer();

    private JsonWriters() {}

    /** The document indented, ending in a line break (a text file's last line). */
    public static String pretty(JsonNode doc) {
        return write(PRETTY, doc) + "\n";
    }

    /** The document on one line, without a line break. */
    public static String compact(JsonNode doc) {
        return write(COMPACT, doc);
    }

    private static String write(ObjectWriter w, JsonNode doc) {
        try {
            return w.writeValueAsString(doc);
        } catch (JsonProcessingException e) { // a tree in memory always serializes: this would be a bug
            throw new IllegalStateException(e);
        }
    }

    /** The factory behind both writers, for streaming output ({@code createGenerator}) of large documents. */
    public static JsonFactory factory() {
        return MAPPER.getFactory();
    }
}
