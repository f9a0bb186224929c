package org.supcert.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supcert.cases.ModelFixtures;
import org.supcert.io.StrictJson;

/**
 * Model files written by real PyTorch/ONNX in every command: certify, report and ci give the same
 * layers and verdicts from every format; check points to certify; hostile and ambiguous files exit 2.
 */
class ModelInputsTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void fixtures() {
        ModelFixtures.copyAll(dir);
    }

    private static String path(String f) {
        return dir.resolve(f).toString();
    }

    /** Layers (name, shape, non-zeros) and verdicts of a certify --json document. */
    private static String summary(JsonNode doc) {
        StringBuilder s = new StringBuilder();
        for (JsonNode l : doc.get("layers")) {
            s.append(l.get("name").asText()).append(' ').append(l.get("shape")).append(' ').append(l.get("nonZeros").asInt()).append('\n');
        }
        for (JsonNode p : doc.get("pairs")) s.append(p.get("layers")).append(' ').append(p.get("verdict").asText()).append('\n');
        s.append("chain ").append(doc.get("chain").get("verdict").asText()).append(" network ")
                .append(doc.get("network").get("verdict").asText());
        return s.toString();
    }

    @Test
    void certifyReportAndCiAgreeOnEveryFormatOfThePrunedMlp() throws IOException {
        String ref = null;
        List<String> verdicts = new ArrayList<>();
        for (String f : ModelFixtures.MLP) {
            CliRun r = CliRun.of("certify", "--json", "--budget", "0", path(f));
            assertEquals(ExitCodes.NOT_CLOSED, r.code(), r::toString); // pairs NOT CLOSED; the chain CLOSED by specialization
            JsonNode doc = StrictJson.parse(r.out());
            String s = summary(doc);
            if (ref == null) ref = s;
            assertEquals(ref, s, f);
            verdicts.add(doc.get("pairs").get(0).get("verdict").asText());
        }
        assertTrue(ref.contains("fc1.weight [8,6] 18") && ref.contains("[\"fc1.weight\",\"fc2.weight\"] NOT_CLOSED"), ref);
        // report on two formats: the supports of each file, keyed FILE#layers, with certify's verdicts
        Path json = dir.resolve("r.json");
        Path sarif = dir.resolve("r.sarif");
        Path junit = dir.resolve("r.xml");
        Path html = dir.resolve("r.html");
        CliRun rep = CliRun.of("report", "--budget", "0", "--no-timings", "--json", json.toString(), "--sarif",
                sarif.toString(), "--junit", junit.toString(), "--html", html.toString(), path("mlp.onnx"), path("mlp_pruned.pt"));
        assertEquals(ExitCodes.NOT_CLOSED, rep.code(), rep::toString);
        JsonNode report = StrictJson.parse(Files.readString(json));
        List<String> keys = new ArrayList<>();
        for (JsonNode s : report.get("supports")) keys.add(s.get("key").asText() + " " + s.get("outcome").asText());
        for (String f : List.of("mlp.onnx", "mlp_pruned.pt")) {
            assertTrue(keys.contains(path(f) + "#fc1.weight->fc2.weight NOT_CLOSED"), keys::toString);
            assertTrue(keys.contains(path(f) + "#fc2.weight->fc3.weight NOT_CLOSED"), keys::toString);
            // the whole chain: every layer but one fixed at integers reaches all of U (exact rank), no probes needed
            assertTrue(keys.contains(path(f) + "#fc1.weight->fc2.weight->fc3.weight CLOSED"), keys::toString);
        }
        assertEquals(6, keys.size(), keys::toString);
        String key = path("mlp.onnx") + "#fc1.weight->fc2.weight";
        assertTrue(Files.readString(junit).contains("fc1.weight-&gt;fc2.weight") || Files.readString(junit).contains("fc1.weight->fc2.weight"));
        assertTrue(Files.readString(html).contains("fc1.weight-&gt;fc2.weight"), "HTML names the layer pair");
        assertTrue(Files.readString(sarif).contains(key.replace(dir.toString(), "").substring(1).replace("#", "")
                .substring(0, 8)), "SARIF locates the model file");
        // ci: the lock holds the same keys
        Path lock = dir.resolve("supcert.lock");
        CliRun ci = CliRun.of("ci", "--budget", "0", "--baseline", lock.toString(), path("mlp.safetensors"));
        assertEquals(ExitCodes.OK, ci.code(), ci::toString);
        String locked = Files.readString(lock);
        assertTrue(locked.contains(path("mlp.safetensors") + "#fc1.weight->fc2.weight"), locked);
        CliRun again = CliRun.of("ci", "--budget", "0", "--baseline", lock.toString(), path("mlp.safetensors"));
        assertEquals(ExitCodes.OK, again.code(), again::toString);
        assertTrue(again.out().contains("3 support(s) unchanged"), again::toString);
    }

    /** The pairs' verdicts without the certificates' measured check times. */
    static String verdicts(JsonNode doc) {
        StringBuilder s = new StringBuilder();
        for (JsonNode p : doc.get("pairs")) {
            s.append(p.get("layers")).append(p.get("verdict")).append(p.get("result")).append(p.get("reason"))
                    .append(p.get("shape")).append('\n');
        }
        return s.toString();
    }

    @Test
    void gpt2CheckpointIsCertifiedTransposedWithoutFlags() throws IOException {
        CliRun r = CliRun.of("certify", "--json", path("gpt2_mlp.pt"));
        JsonNode doc = StrictJson.parse(r.out());
        assertEquals("[8,6]", doc.get("layers").get(0).get("shape").toString(), r::toString);
        assertTrue(doc.get("layers").get(0).get("transposed").asBoolean());
        assertEquals("[6,8]", doc.get("layers").get(1).get("shape").toString());
        // the same network as with the flags the user had to pass before
        CliRun flagged = CliRun.of("certify", "--json", "--layers", "h.0.mlp.c_fc,h.0.mlp.c_proj", "--transpose",
                "h.0.mlp.c_fc,h.0.mlp.c_proj", path("gpt2_mlp.pt"));
        assertEquals(verdicts(doc), verdicts(StrictJson.parse(flagged.out())));
        // read the wrong way round (--orientation out-in) it is another network, with other shapes
        CliRun wrong = CliRun.of("certify", "--json", "--orientation", "out-in", path("gpt2_mlp.pt"));
        assertEquals("[6,8]", StrictJson.parse(wrong.out()).get("layers").get(0).get("shape").toString(), wrong::toString);
    }

    @Test
    void hostileAndRefusedFilesExitTwoWithOneLine() throws IOException {
        for (String f : List.of("whole_model.pt", "legacy.pt")) {
            CliRun r = CliRun.of("certify", path(f));
            assertEquals(ExitCodes.INPUT_ERROR, r.code(), r::toString);
            assertEquals(1, r.err().strip().lines().count(), r::toString);
            assertTrue(r.err().contains("state_dict()"), r::toString);
        }
        Path evil = dir.resolve("evil.pt");
        Path marker = dir.resolve("ran");
        byte[] pickle = ("\u0080\u0002cposix\nsystem\nX" ).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        String cmd = "touch " + marker;
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        b.writeBytes(pickle);
        b.writeBytes(java.nio.ByteBuffer.allocate(4).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(cmd.length()).array());
        b.writeBytes(cmd.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        b.write(0x85);
        b.write('R');
        b.write('.');
        try (var z = new java.util.zip.ZipOutputStream(Files.newOutputStream(evil))) {
            z.putNextEntry(new java.util.zip.ZipEntry("archive/data.pkl"));
            z.write(b.toByteArray());
            z.closeEntry();
        }
        for (String cmdName : List.of("certify", "report", "ci")) {
            List<String> args = new ArrayList<>(List.of(cmdName, evil.toString()));
            if (cmdName.equals("ci")) args.addAll(List.of("--baseline", dir.resolve("evil.lock").toString()));
            CliRun r = CliRun.of(args.toArray(String[]::new));
            assertEquals(ExitCodes.INPUT_ERROR, r.code(), r::toString);
            assertTrue(r.err().contains("global 'posix.system'"), r::toString);
        }
        assertFalse(Files.exists(marker), "the pickle's command ran");
    }

    @Test
    void checkOnAModelFilePointsToCertifyWithoutBinaryGarbage() {
        CliRun r = CliRun.of("check", "--json", path("mlp_pruned.pt"));
        assertEquals(ExitCodes.INPUT_ERROR, r.code(), r::toString);
        assertTrue(r.err().contains("is a model file") && r.err().contains("supcert certify " + path("mlp_pruned.pt")), r::toString);
        assertTrue(r.err().chars().allMatch(c -> c == '\n' || (c >= 0x20 && c < 0x7f)), "printable: " + r.err());
    }
}
