package org.supcert.reports.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.supcert.io.StrictJson;
import org.supcert.reports.ReportFixtures;
import org.supcert.reports.model.Report;

class ReportJsonTest {

    static JsonSchema schema() throws IOException {
        try (InputStream in = ReportJson.class.getResourceAsStream(ReportJson.SCHEMA_RESOURCE)) {
            assertNotNull(in, "schema resource " + ReportJson.SCHEMA_RESOURCE + " missing");
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(StrictJson.parse(null, in));
        }
    }

    @Test
    void documentValidatesAgainstThePublishedSchema() throws IOException {
        Report r = ReportFixtures.sample();
        String text = ReportJson.write(r);
        Set<ValidationMessage> errors = schema().validate(StrictJson.parse(text));
        assertTrue(errors.isEmpty(), () -> errors + "\n" + text);
        JsonNode doc = StrictJson.parse(text);
        assertEquals(ReportJson.VERSION, doc.get("supcertReport").asInt());
        assertEquals(6, doc.get("supports").size());
        assertEquals(1, doc.get("summary").get("inputErrors").asInt(), text);
        JsonNode lu2 = doc.get("supports").get(0);
        assertEquals("NOT_CLOSED", lu2.get("outcome").asText());
        assertTrue(lu2.get("trace").get("points").size() > 10, text);
        assertEquals(64, lu2.get("sha256").asText().length());
    }

    @Test
    void schemaRejectsWhatItShould() throws IOException {
        JsonNode doc = StrictJson.parse(ReportJson.write(ReportFixtures.sample()));
        ((com.fasterxml.jackson.databind.node.ObjectNode) doc.get("supports").get(0)).put("outcome", "MAYBE");
        assertFalse(schema().validate(doc).isEmpty(), "an unknown outcome must not validate");
        JsonNode doc2 = StrictJson.parse(ReportJson.write(ReportFixtures.sample()));
        ((com.fasterxml.jackson.databind.node.ObjectNode) doc2).put("supcertReport", 2);
        assertFalse(schema().validate(doc2).isEmpty(), "another version must not validate");
        JsonNode doc3 = StrictJson.parse(ReportJson.write(ReportFixtures.sample()));
        ((com.fasterxml.jackson.databind.node.ObjectNode) doc3.get("supports").get(5)).putNull("error");
        assertFalse(schema().validate(doc3).isEmpty(), "an input error without its message must not validate");
    }
}
