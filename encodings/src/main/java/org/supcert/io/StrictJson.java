package org.supcert.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The one JSON reader configuration of supcert, used by every JSON input (support files,
 * certificates, layer lists, lock files, factor files, safetensors headers and indexes): strict
 * (duplicate keys and trailing tokens refused) and bounded (document size, nesting depth, string
 * and number lengths, via Jackson's {@link StreamReadConstraints}). Only regular files are read:
 * a directory, a device such as /dev/zero or a FIFO is refused before any byte is read. Every
 * failure is a {@link FormatException} (an {@link InputException}) whose one-line message names the file.
 * Writing has its own single configuration, {@link JsonWriters}.
 */
public final class StrictJson {
    /** Largest JSON document, in bytes (the tree is held in memory). */
    public static final long MAX_DOCUMENT_BYTES = 256L << 20;
    /** Deepest nesting of arrays and objects; supcert's own formats need fewer than 10 levels. */
    public static final int MAX_NESTING_DEPTH = 100;
    /** Longest string value (a row string of the largest mask fits easily). */
    public static final int MAX_STRING_CHARS = 64 << 20;

    /** The complaint about a device, FIFO or socket given as an input file. */
    static final String NOT_REGULAR = "is not a regular file (a device, FIFO or socket cannot be read as input)";

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxDocumentLength(MAX_DOCUMENT_BYTES)
                            .maxNestingDepth(MAX_NESTING_DEPTH)
                            .maxStringLength(MAX_STRING_CHARS)
                            .maxNumberLength(1000)
                            .maxNameLength(1 << 16)
                            .build())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private StrictJson() {}

    /**
     * Reads a JSON file: a regular file of at most {@link #MAX_DOCUMENT_BYTES}, nested at most
     * {@link #MAX_NESTING_DEPTH} deep. Returns the tree (null for an empty file).
     *
     * @throws FormatException naming the file: missing, not a regular file, too large, too deep, malformed
     */
    public static JsonNode read(Path file) {
        requireRegularFile(file, MAX_DOCUMENT_BYTES);
        try (InputStream in = Files.newInputStream(file)) {
            return parse(file, in);
        } catch (NoSuchFileException e) {
            throw new FormatException(file, "no such file");
        } catch (IOException e) {
            throw new FormatException(file, "cannot read: " + e.getMessage());
        }
    }

    /**
     * Parses a document from a stream (a resource, a zip member) with the same limits.
     *
     * @param source the file the stream belongs to, named in errors; null for a message without a file name
     */
    public static JsonNode parse(Path source, InputStream in) throws IOException {
        try {
            return MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            if (source == null) throw new InputException(null, null, problem(e), e);
            throw new FormatException(source, null, problem(e), e);
        }
    }

    /**
     * Parses a document held in memory (a test reading a command's output, a line of a JSON-lines
     * file) with the same limits.
     *
     * @throws InputException naming what is wrong and where
     */
    public static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InputException(null, null, problem(e), e);
        }
    }

    /** Parses text (an already bounded header) with the same limits; errors name {@code source} and say {@code what} it is. */
    static JsonNode parse(Path source, String what, String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new FormatException(source, null, what + " is not valid JSON: " + problem(e), e);
        }
    }

    /**
     * Refuses anything but an existing regular file of at most {@code maxBytes}: directories,
     * devices (/dev/zero never ends) and FIFOs (reading would block or never end).
     *
     * @throws FormatException naming the file
     */
    public static void requireRegularFile(Path file, long maxBytes) {
        if (Files.isDirectory(file)) throw new FormatException(file, "is a directory, not a file");
        if (!Files.exists(file)) throw new FormatException(file, "no such file");
        if (!Files.isRegularFile(file)) {
            throw new FormatException(file, NOT_REGULAR);
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new FormatException(file, "cannot read: " + e.getMessage());
        }
        if (size > maxBytes) {
            throw new FormatException(file, "file has " + size + " bytes, over the limit of " + maxBytes);
        }
    }

    /** One line: what is wrong, and where when Jackson knows (a limit violation carries no location). */
    private static String problem(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            String m = firstLine(e.getOriginalMessage());
            if (m.contains("nesting depth")) {
                return "JSON nested deeper than the limit of " + MAX_NESTING_DEPTH + " levels";
            }
            return "JSON over a reading limit: " + m;
        }
        JsonLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 0 ? ""
                : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return "malformed JSON" + where + ": " + firstLine(e.getOriginalMessage());
    }

    private static String firstLine(String m) {
        if (m == null) return "unreadable";
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
