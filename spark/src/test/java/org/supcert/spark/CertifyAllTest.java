package org.supcert.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supcert.cli.ExitCodes;
import org.supcert.io.StrictJson;

/**
 * certify-all --master local[2] over the golden cases, a model file and bad inputs says what check
 * and certify say, input for input. Probes are off (--budget 0): no verdict here depends on the wall
 * clock; the Z3 re-checks' measured durations are dropped from both sides, as certify-all's lines do.
 */
class CertifyAllTest {
    static final Path CASES = Path.of("../cases");

    @TempDir
    Path tmp;

    @Test
    void verdictForVerdictAsCheckAndCertifyWithBadInputsAsErrorRows() throws IOException {
        Path model = tmp.resolve("net.safetensors");
        writeModel(model);
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{\"factors\": [[1, 0], ");
        Path list = tmp.resolve("inputs.txt");
        Files.writeString(list, "# more inputs\n" + model + "\n\n" + bad + "\n");
        Path missing = tmp.resolve("missing.json");
        Path lines = tmp.resolve("lines.jsonl");
        Path md = tmp.resolve("summary.md");
        Run all = Run.of("certify-all", "--master", "local[2]", "--budget", "0", CASES.toString(), missing.toString(),
                "--from", list.toString(), "--out", lines.toString(), "--markdown", md.toString());
        assertEquals(2, all.code(), "input errors make exit 2\n" + all);

        List<Path> cases;
        try (Stream<Path> s = Files.list(CASES)) {
            cases = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        List<String> got = Files.readAllLines(lines);
        assertEquals(cases.size() + 3, got.size(), all::toString);
        Set<String> statuses = new TreeSet<>();
        for (int k = 0; k < cases.size(); k++) {
            JsonNode row = StrictJson.parse(got.get(k));
            assertEquals(CASES + "/" + cases.get(k).getFileName(), row.get("input").asText());
            assertEquals("support", row.get("kind").asText(), row::toString);
            Run check = Run.of("check", "--json", "--budget", "0", cases.get(k).toString());
            JsonNode expected = normal(StrictJson.parse(check.out()));
            assertEquals(expected, normal(row.get("verdict")), cases.get(k) + ": certify-all and check differ");
            statuses.add(expected.get("verdict").asText());
        }
        assertEquals(Set.of("CLOSED", "NOT_CLOSED", "UNKNOWN"), statuses, "the cases cover every verdict");

        JsonNode gone = StrictJson.parse(got.get(cases.size()));
        assertEquals("error", gone.get("kind").asText());
        assertTrue(gone.get("error").asText().contains("missing.json"), gone::toString);
        JsonNode net = StrictJson.parse(got.get(cases.size() + 1));
        assertEquals("model", net.get("kind").asText(), net::toString);
        Run certify = Run.of("certify", "--json", "--budget", "0", model.toString());
        assertEquals(normal(StrictJson.parse(certify.out())), normal(net.get("certify")), "certify-all and certify differ");
        JsonNode broken = StrictJson.parse(got.get(cases.size() + 2));
        assertEquals("error", broken.get("kind").asText());
        assertTrue(broken.get("error").asText().contains("bad.json"), broken::toString);

        String summary = Files.readString(md);
        assertTrue(summary.contains("2 input error(s)"), summary);
        assertTrue(all.err().contains("certify-all: " + (cases.size() + 3) + " input(s)"), all::toString);
        assertTrue(all.err().contains("spark: master local[2]"), all::toString);
    }

    @Test
    void theSameLinesOnEveryRun() throws IOException {
        Path a = tmp.resolve("a.jsonl");
        Path b = tmp.resolve("b.jsonl");
        String lu = CASES.resolve("lu2.json").toString();
        String dense = CASES.resolve("dense-rank2.json").toString();
        assertEquals(1, Run.of("certify-all", "--master", "local[2]", "--budget", "0", lu, dense, "--out", a.toString()).code());
        assertEquals(1, Run.of("certify-all", "--master", "local[1]", "--budget", "0", "--partitions", "1", lu, dense, "--out", b.toString()).code());
        assertEquals(Files.readString(a), Files.readString(b));
        assertTrue(!Files.readString(a).contains(" ms"), "no durations in the lines: " + Files.readString(a));
    }

    @Test
    void remoteInputsAreCopiedToTheExecutorAndGiveTheSameVerdicts() throws IOException {
        Path model = tmp.resolve("net.safetensors");
        writeModel(model);
        List<String> local = List.of(CASES.resolve("lu2.json").toAbsolutePath().normalize().toString(), model.toString());
        List<String> remote = local.stream().map(p -> CopiedFileSystem.SCHEME + "://" + p).toList();
        System.setProperty("spark.hadoop.fs." + CopiedFileSystem.SCHEME + ".impl", CopiedFileSystem.class.getName());
        try {
            Path a = tmp.resolve("local.jsonl");
            Path b = tmp.resolve("remote.jsonl");
            Run l = Run.of(args("--out", a.toString(), local));
            int opened = CopiedFileSystem.OPENED.get();
            Run r = Run.of(args("--out", b.toString(), remote));
            assertEquals(opened + 2, CopiedFileSystem.OPENED.get(), "each remote input is opened once, to copy it");
            assertEquals(1, l.code(), l::toString);
            assertEquals(1, r.code(), r::toString);
            List<String> want = Files.readAllLines(a);
            List<String> got = Files.readAllLines(b);
            assertEquals(2, got.size());
            for (int k = 0; k < 2; k++) {
                assertEquals(remote.get(k), StrictJson.parse(got.get(k)).get("input").asText());
                assertEquals(want.get(k).replace("\"input\":\"" + local.get(k), "\"input\":\"" + remote.get(k)), got.get(k));
            }
            try (Stream<Path> left = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
                assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith("supcert-input")
                        && Files.exists(p.resolve("net.safetensors"))), "the copies are deleted");
            }
        } finally {
            System.clearProperty("spark.hadoop.fs." + CopiedFileSystem.SCHEME + ".impl");
        }
    }

    @Test
    void aMalformedUriIsAnInputErrorNotAnInternalOne() {
        String bad = "x:y.json"; // a scheme with a relative path: Hadoop's Path refuses it
        Run r = Run.of("certify-all", "--master", "local[1]", "--budget", "0", CASES.resolve("lu2.json").toString(), bad);
        assertEquals(ExitCodes.INPUT_ERROR, r.code(), r::toString);
        assertTrue(r.err().contains("supcert: " + bad + ": not a path or URI"), r::toString);
        Run from = Run.of("certify-all", "--master", "local[1]", "--from", bad);
        assertEquals(ExitCodes.INPUT_ERROR, from.code(), from::toString);
        assertTrue(from.err().contains(bad + ": not a path or URI"), from::toString);
    }

    private static String[] args(String outFlag, String out, List<String> inputs) {
        List<String> a = new ArrayList<>(List.of("certify-all", "--master", "local[2]", "--budget", "0", outFlag, out));
        a.addAll(inputs);
        return a.toArray(String[]::new);
    }

    /** Without "seconds" (reasons and certificates carry no durations). */
    static JsonNode normal(JsonNode n) {
        JsonNode c = n.deepCopy();
        if (c instanceof ObjectNode o) o.remove("seconds");
        return c;
    }

    /** A two-layer model: fc1 4 x 3 then fc2 2 x 4 (out x in), F32, zeros outside the support. */
    static void writeModel(Path file) throws IOException {
        float[][] fc1 = {{1, 0, 2}, {0, 3, 0}, {4, 0, 0}, {0, 5, 6}};
        float[][] fc2 = {{1, 1, 0, 0}, {0, 1, 1, 1}};
        List<float[][]> tensors = List.of(fc1, fc2);
        List<String> names = List.of("fc1.weight", "fc2.weight");
        StringBuilder header = new StringBuilder("{");
        long offset = 0;
        for (int t = 0; t < tensors.size(); t++) {
            float[][] w = tensors.get(t);
            long bytes = 4L * w.length * w[0].length;
            header.append(t == 0 ? "" : ",").append('"').append(names.get(t)).append("\":{\"dtype\":\"F32\",\"shape\":[")
                    .append(w.length).append(',').append(w[0].length).append("],\"data_offsets\":[").append(offset).append(',')
                    .append(offset + bytes).append("]}");
            offset += bytes;
        }
        byte[] h = header.append('}').toString().getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = ByteBuffer.allocate(8 + h.length + (int) offset).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(h.length).put(h);
        for (float[][] w : tensors) for (float[] row : w) for (float x : row) b.putFloat(x);
        Files.write(file, b.array());
    }
}
