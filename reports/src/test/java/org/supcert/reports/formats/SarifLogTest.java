package org.supcert.reports.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.supcert.io.StrictJson;
import org.supcert.reports.ReportFixtures;
import org.supcert.certificate.NamedResult;

class SarifLogTest {
    @Test
    void oneRulePerNamedResultAndStableFingerprints() throws Exception {
        JsonNode log = StrictJson.parse(SarifLog.write(ReportFixtures.sample()));
        assertEquals("2.1.0", log.get("version").asText());
        JsonNode run = log.get("runs").get(0);
        JsonNode rules = run.get("tool").get("driver").get("rules");
        assertEquals(NamedResult.values().length + 1, rules.size());
        Set<String> ids = new HashSet<>();
        rules.forEach(r -> ids.add(r.get("id").asText()));
        for (NamedResult n : NamedResult.values()) assertTrue(ids.contains(n.id()), n.id());
        JsonNode results = run.get("results");
        assertEquals(6, results.size());
        Set<String> prints = new HashSet<>();
        for (JsonNode r : results) {
            String id = r.get("ruleId").asText();
            assertEquals(id, rules.get(r.get("ruleIndex").asInt()).get("id").asText(), "ruleIndex must point at ruleId");
            assertTrue(prints.add(r.get("partialFingerprints").get("supcertSupport/v1").asText()), "fingerprints must differ");
            assertFalse(r.get("message").get("text").asText().isEmpty());
        }
        assertEquals("error", results.get(0).get("level").asText());
        // ../cases/lu2.json from reports/: the repository-relative path, with the uriBaseId GitHub resolves
        JsonNode where = results.get(0).get("locations").get(0).get("physicalLocation").get("artifactLocation");
        assertEquals("cases/lu2.json", where.get("uri").asText());
        assertEquals(SarifLog.SRCROOT, where.get("uriBaseId").asText());
        for (JsonNode r : results) { // GitHub rejects an upload with a result without a physical location
            JsonNode a = r.get("locations").get(0).get("physicalLocation").get("artifactLocation");
            assertFalse(a.get("uri").asText().isEmpty() || a.get("uri").asText().startsWith(".."), r::toString);
            assertEquals(SarifLog.SRCROOT, a.get("uriBaseId").asText(), r::toString);
        }
        for (JsonNode rule : rules) { // GitHub's rule GH2012: every rule has help, pointing to the theory
            assertFalse(rule.get("help").get("text").asText().isEmpty(), rule::toString);
            String md = rule.get("help").get("markdown").asText();
            assertTrue(md.contains("](docs/theory.md#" + rule.get("id").asText() + ")")
                    || rule.get("id").asText().equals("none") || rule.get("id").asText().equals(SarifLog.INPUT_ERROR_RULE), md);
        }
        assertEquals("note", results.get(1).get("level").asText());
        assertEquals("warning", results.get(4).get("level").asText());
        assertEquals(SarifLog.INPUT_ERROR_RULE, results.get(5).get("ruleId").asText());
        JsonNode again = StrictJson.parse(SarifLog.write(ReportFixtures.sample()));
        assertEquals(results.get(0).get("partialFingerprints"), again.get("runs").get(0).get("results").get(0).get("partialFingerprints"));
    }
}
