package org.supcert.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One JSON reader configuration ({@code StrictJson}) and one writer configuration
 * ({@code JsonWriters}) serve every module, main and test code: no other source builds a Jackson
 * mapper or factory, so no reader can be laxer (duplicate keys, trailing tokens, unbounded nesting),
 * and nothing writes through Jackson's internal mapper ({@code toPrettyString}).
 */
class JsonConfigurationTest {
    static final Path ROOT = Path.of("..");
    static final Pattern CONSTRUCTION = Pattern.compile(
            "new\\s+(ObjectMapper|JsonMapper|JsonFactory|MappingJsonFactory)\\s*\\(|(JsonMapper|JsonFactory)\\s*\\.\\s*builder\\s*\\("
                    // JsonNode.toPrettyString() writes with Jackson's internal mapper, not JsonWriters
                    + "|\\.toPrettyString\\s*\\(");
    static final List<String> OWNERS = List.of("StrictJson.java", "JsonWriters.java");

    @Test
    void onlyTheTwoConfigurationsBuildJacksonMappers() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path f : (Iterable<Path>) files.filter(JsonConfigurationTest::isSource)::iterator) {
                if (OWNERS.contains(f.getFileName().toString())) continue;
                if (constructs(Files.readString(f)) && !f.endsWith("JsonConfigurationTest.java")) found.add(f.toString());
            }
        }
        assertEquals(List.of(), found, "build JSON readers and writers with StrictJson and JsonWriters (encodings)");
    }

    @Test
    void theCheckFindsAPlantedMapper() {
        assertTrue(constructs("static final ObjectMapper M = new ObjectMapper();"));
        assertTrue(constructs("JsonMapper.builder().build()"));
        assertTrue(constructs("new JsonFactory ()"));
        assertTrue(constructs("w.println(o.toPrettyString());"));
        assertTrue(!constructs("out.print(JsonWriters.pretty(doc));"));
    }

    static boolean constructs(String source) {
        return CONSTRUCTION.matcher(source).find();
    }

    private static boolean isSource(Path p) {
        String s = p.toString().replace('\\', '/');
        return s.endsWith(".java") && (s.contains("/src/main/") || s.contains("/src/test/")) && !s.contains("/target");
    }
}
