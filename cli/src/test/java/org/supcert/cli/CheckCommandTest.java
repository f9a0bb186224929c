package org.supcert.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.supcert.io.JsonWriters;
import org.supcert.io.StrictJson;

class CheckCommandTest {
    static final Path CASES = Path.of("..", "cases");

    @TempDir
    Path tmp;

    @Test
    void notClosedExitsOneWithCertificateInBrief() {
        CliRun r = CliRun.of("check", CASES.resolve("lu2.json").toString());
        assertEquals(ExitCodes.NOT_CLOSED, r.code(), r::toString);
        assertTrue(r.out().contains("lu2: NOT CLOSED"), r::toString);
        assertTrue(r.out().contains("witness B = [0 1; 1 0]"), r::toString);
        assertTrue(r.out().contains("UNSAT"), r::toString);
    }

    @Test
    void familiesFromTheIssueSyntax() {
        CliRun r = CliRun.of("check", "--family", "butterfly-split:64:3", "--family", "monarch:2:3:4:5",
                "--family", "dense:4:5:2");
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        assertEquals(3, r.out().split("CLOSED  \\(").length - 1, r::toString);
        CliRun lu = CliRun.of("check", "--family", "lu:5");
        assertEquals(ExitCodes.NOT_CLOSED, lu.code(), lu::toString);
    }

    @Test
    void chainsAreDecidedOrUnknownWithAReasonNeverAnError() throws IOException {
        CliRun ldu = CliRun.of("check", "--family", "ldu:3");
        assertEquals(ExitCodes.NOT_CLOSED, ldu.code(), ldu::toString);
        CliRun bfly = CliRun.of("check", "--family", "butterfly:1024");
        assertEquals(ExitCodes.OK, bfly.code(), bfly::toString);
        assertTrue(bfly.out().contains("butterfly-chain") || bfly.out().contains("Deformable butterfly chain"), bfly::toString);
        // three dense random 24 x 24 layers: no theorem applies and the probes do not try chains that large
        Path f = tmp.resolve("chain.json");
        Files.writeString(f, "{\"supcert\": 1, \"factors\": ["
                + "{\"family\": \"random\", \"rows\": 24, \"cols\": 24, \"density\": 0.5, \"seed\": 1},"
                + "{\"family\": \"random\", \"rows\": 24, \"cols\": 24, \"density\": 0.5, \"seed\": 2},"
                + "{\"family\": \"random\", \"rows\": 24, \"cols\": 24, \"density\": 0.5, \"seed\": 3}]}");
        CliRun r = CliRun.of("check", f.toString());
        assertEquals(ExitCodes.UNKNOWN, r.code(), r::toString);
        assertTrue(r.out().contains("UNKNOWN") && r.out().contains("reason:"), r::toString);
        assertEquals("", r.err(), r::toString);
    }

    @Test
    void jsonIsOneDocumentPerInputAndAnArrayForSeveral() throws IOException {
        CliRun one = CliRun.of("check", "--json", CASES.resolve("lu2.json").toString());
        JsonNode doc = StrictJson.parse(one.out());
        assertTrue(doc.isObject(), one::toString);
        for (String f : List.of("name", "verdict", "reason", "components", "certificate", "tractable", "benignLandscape", "seconds")) {
            assertTrue(doc.has(f), "missing " + f + " in " + one.out());
        }
        assertEquals("NOT_CLOSED", doc.get("verdict").asText());
        assertEquals("corner-certificate", doc.get("certificate").get("result").asText());
        // two LU blocks side by side: each NOT CLOSED component carries its own certificate
        Path blocks = tmp.resolve("two-lu.json");
        Files.writeString(blocks, "{\"supcert\": 1, \"factors\": [[\"1000\", \"1100\", \"0010\", \"0011\"],"
                + " [\"1100\", \"0100\", \"0011\", \"0001\"]]}");
        JsonNode both = StrictJson.parse(CliRun.of("check", "--json", blocks.toString()).out());
        assertEquals(2, both.get("components").size(), both::toString);
        assertEquals(List.of(2, 3), List.of(both.get("components").get(1).get("certificate").get("rows").get(0).asInt(),
                both.get("components").get(1).get("certificate").get("rows").get(1).asInt()), both::toString);
        CliRun two = CliRun.of("check", "--json", "--family", "lu:2", CASES.resolve("dense-rank2.json").toString());
        JsonNode arr = StrictJson.parse(two.out());
        assertTrue(arr.isArray() && arr.size() == 2, two::toString);
        assertEquals("CLOSED", arr.get(1).get("verdict").asText());
        assertTrue(arr.get(1).get("certificate").isNull());
    }

    @Test
    void outWritesTheFileAndRecheckAcceptsIt() throws IOException {
        Path out = tmp.resolve("lu4.json");
        CliRun r = CliRun.of("check", "--json", "--out", out.toString(), CASES.resolve("lu4.json").toString());
        assertEquals(ExitCodes.NOT_CLOSED, r.code(), r::toString);
        assertEquals("", r.out());
        CliRun re = CliRun.of("recheck", out.toString(), "--support", CASES.resolve("lu4.json").toString());
        assertEquals(ExitCodes.OK, re.code(), re::toString);
        assertTrue(re.out().contains("certificate VALID") && re.out().contains("exact restriction"), re::toString);
    }

    @Test
    void recheckFindsNestedCertificatesOnce() throws IOException {
        CliRun check = CliRun.of("check", "--json", CASES.resolve("lu2.json").toString());
        JsonNode cert = StrictJson.parse(check.out()).get("certificate");
        var doc = JsonNodeFactory.instance.objectNode();
        doc.putArray("pairs").addObject().set("certificate", cert);
        doc.putObject("chain").set("certificate", cert);
        Path f = tmp.resolve("nested.json");
        Files.writeString(f, JsonWriters.pretty(doc));
        CliRun r = CliRun.of("recheck", f.toString());
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        assertEquals(1, r.out().split("certificate VALID").length - 1, r::toString);
    }

    @Test
    void tamperedCertificatesFailTheirRecheck() throws IOException {
        Path out = tmp.resolve("lu2.json");
        CliRun.of("check", "--json", "--out", out.toString(), CASES.resolve("lu2.json").toString());
        String good = Files.readString(out);
        // a witness that is attainable: the curve no longer reaches it
        Path badTarget = tmp.resolve("bad-target.json");
        Files.writeString(badTarget, good.replaceFirst("\"target\" : \\[ \\[ \"0\", \"1\" \\]", "\"target\" : [ [ \"1\", \"1\" ]"));
        CliRun r1 = CliRun.of("recheck", badTarget.toString());
        assertEquals(ExitCodes.NOT_CLOSED, r1.code(), r1::toString);
        assertTrue(r1.out().contains("INVALID"), r1::toString);
        // a pattern that is not the support's restriction
        Path other = tmp.resolve("dense.json");
        Files.writeString(other, "{\"supcert\":1,\"factors\":[[\"11\",\"11\"],[\"11\",\"11\"]]}");
        CliRun r2 = CliRun.of("recheck", out.toString(), "--support", other.toString());
        assertEquals(ExitCodes.NOT_CLOSED, r2.code(), r2::toString);
        assertTrue(r2.out().contains("INVALID"), r2::toString);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "malformed | {\"supcert\": 1, \"factors\": [[\"10\", | malformed JSON at line",
        "ragged | {\"supcert\": 1, \"factors\": [[\"10\", \"1\"], [\"11\", \"01\"]]} | ragged rows",
        "badchar | {\"supcert\": 1, \"factors\": [[\"10\", \"12\"], [\"11\", \"01\"]]} | is not 0 or 1",
        "inner | {\"supcert\": 1, \"factors\": [[\"10\", \"11\"], [\"110\", \"011\", \"001\"]]} | inner dimensions do not match",
        "negative | {\"supcert\": 1, \"factors\": [{\"shape\": [2, 2], \"nonzeros\": [[-1, 0]]}, [\"11\", \"01\"]]} | outside the 2 x 2 shape",
        "outofrange | {\"supcert\": 1, \"factors\": [{\"shape\": [2, 2], \"nonzeros\": [[0, 2]]}, [\"11\", \"01\"]]} | outside the 2 x 2 shape",
        "emptyfactor | {\"supcert\": 1, \"factors\": [[], [\"11\", \"01\"]]} | empty mask",
        "nofactors | {\"supcert\": 1, \"factors\": []} | is empty",
        "version | {\"supcert\": 2, \"factors\": [[\"1\"]]} | unsupported format version",
        "huge | {\"supcert\": 1, \"factors\": [{\"shape\": [100000, 2], \"nonzeros\": []}, [\"11\", \"01\"]]} | exceeds the limit",
        "family | {\"supcert\": 1, \"family\": \"butterfly-split:12:2\"} | not a power of two",
        "notobject | [1, 2, 3] | top level is not a JSON object",
    })
    void badInputIsOneLineNamingTheFileAndExitTwo(String name, String content, String problem) throws IOException {
        Path f = tmp.resolve(name + ".json");
        Files.writeString(f, content);
        CliRun r = CliRun.of("check", f.toString());
        assertEquals(ExitCodes.INPUT_ERROR, r.code(), r::toString);
        assertEquals("", r.out(), "no verdict on bad input");
        String[] lines = r.err().strip().split("\n");
        assertEquals(1, lines.length, r::toString);
        assertTrue(lines[0].startsWith("supcert: " + f), r::toString);
        assertTrue(lines[0].contains(problem), r::toString);
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r::toString);
    }

    @Test
    void missingFileBadFamilyAndBadOptionsAreInputErrors() {
        for (String[] args : List.of(
                new String[] {"check", "no/such/file.json"},
                new String[] {"check", "--family", "lu:x"},
                new String[] {"check", "--family", "nosuch:3"},
                new String[] {"check", "--family", "random:60000:60000:60000:0.0001:1"},
                new String[] {"check", "--family", "lu:70000"},
                new String[] {"check", "--family", "dense:65536:65536:65536"},
                new String[] {"check", "--budget", "-3", "--family", "lu:2"},
                new String[] {"check", "--timeout", "-1", "--family", "lu:2"},
                new String[] {"check", "--frobnicate"},
                new String[] {"check"},
                new String[] {"recheck", "no/such/cert.json"})) {
            CliRun r = CliRun.of(args);
            assertEquals(ExitCodes.INPUT_ERROR, r.code(), () -> String.join(" ", args) + "\n" + r);
            assertTrue(r.err().startsWith("supcert: "), r::toString);
            assertEquals(1, r.err().strip().split("\n").length, r::toString);
        }
    }
}
