package org.supcert.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.supcert.io.StrictJson;

/** Reads a JSON file given on the command line through the strict, bounded reader; every failure is one line naming the file. */
final class JsonInput {
    private JsonInput() {}

    static JsonNode read(Path file) {
        return StrictJson.read(file);
    }
}
