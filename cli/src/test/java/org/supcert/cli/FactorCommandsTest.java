package org.supcert.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supcert.io.StrictJson;
import org.supcert.numeric.butterfly.ButterflyProducts;
import org.supcert.numeric.butterfly.FactorFiles;
import org.supcert.numeric.targets.Targets;

class FactorCommandsTest {
    static final Path CASES = Path.of("..", "cases");

    @TempDir
    Path tmp;

    private Path swap() throws IOException {
        Path b = tmp.resolve("b.mtx"); // B = [[0,1],[1,0]], column-major array
        Files.writeString(b, "%%MatrixMarket matrix array real general\n2 2\n0\n1\n1\n0\n");
        return b;
    }

    @Test
    void butterflyJsonAndFactorsThatLoadBack() throws IOException {
        Path out = tmp.resolve("new/folders/dft.json"); // created, as check --out creates them
        CliRun r = CliRun.of("butterfly", "--target", "dft:64", "--tree", "right", "--json", "--out", out.toString());
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        JsonNode j = StrictJson.parse(r.out());
        assertEquals(64, j.get("n").asInt());
        assertEquals(6, j.get("factors").asInt());
        assertTrue(j.get("relError").asDouble() < 1e-12, r::toString);
        assertTrue(j.get("seconds").asDouble() >= 0);
        assertEquals(2, j.get("levelErrors").size() - 3, r::toString); // right comb on 6 factors: depth 5
        double err = ButterflyProducts.relativeError(Targets.dft(64, false), FactorFiles.read(out).chain());
        assertTrue(err < 1e-12, "reloaded factors: " + err);
    }

    @Test
    void butterflyTextPrintsErrorTimeAndLevels() {
        CliRun r = CliRun.of("butterfly", "--target", "hadamard:32+noise:0.1:4");
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        assertTrue(r.out().contains("relError") && r.out().contains("seconds") && r.out().contains("level 0"), r::toString);
    }

    @Test
    void factorTracesTheLuDivergence() throws IOException {
        Path csv = tmp.resolve("traces/lu.csv");
        CliRun r = CliRun.of("factor", "--target", swap().toString(), "--support", CASES.resolve("lu2.json").toString(),
                "--solver", "palm", "--iters", "500", "--trace", csv.toString());
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        List<String> lines = Files.readAllLines(csv);
        assertEquals("iter,loss,normX,normY", lines.get(0));
        assertEquals(502, lines.size());
        String[] first = lines.get(1).split(","), last = lines.get(501).split(",");
        assertTrue(Double.parseDouble(last[1]) < Double.parseDouble(first[1]), "loss must fall");
        assertTrue(Double.parseDouble(last[2]) + Double.parseDouble(last[3])
                > Double.parseDouble(first[2]) + Double.parseDouble(first[3]), "norms must grow");
    }

    @Test
    void factorExactOnAClosedSupportAndOnAButterflyChain() throws IOException {
        Path out = tmp.resolve("m.json");
        CliRun r = CliRun.of("factor", "--target", "random-butterfly:16:3", "--support",
                CASES.resolve("monarch-4-4-4-4.json").toString(), "--json", "--out", out.toString());
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        JsonNode j = StrictJson.parse(r.out());
        assertEquals("exact", j.get("solver").asText());
        assertTrue(j.get("globalOptimum").asBoolean());
        assertEquals(2, FactorFiles.read(out).dense().size());
        CliRun chain = CliRun.of("factor", "--target", "hadamard:16", "--support",
                CASES.resolve("butterfly-split-16-2.json").toString());
        assertEquals(ExitCodes.OK, chain.code(), chain::toString);
        Path bf = tmp.resolve("bf8.json"); // a 3-factor butterfly chain of size 8
        Files.writeString(bf, "{\"supcert\": 1, \"name\": \"bf8\", \"factors\": ["
                + "[\"10001000\",\"01000100\",\"00100010\",\"00010001\",\"10001000\",\"01000100\",\"00100010\",\"00010001\"],"
                + "[\"10100000\",\"01010000\",\"10100000\",\"01010000\",\"00001010\",\"00000101\",\"00001010\",\"00000101\"],"
                + "[\"11000000\",\"11000000\",\"00110000\",\"00110000\",\"00001100\",\"00001100\",\"00000011\",\"00000011\"]]}");
        CliRun three = CliRun.of("factor", "--target", "hadamard:8", "--support", bf.toString(), "--tree", "left", "--json");
        assertEquals(ExitCodes.OK, three.code(), three::toString);
        assertEquals(0.0, StrictJson.parse(three.out()).get("relError").asDouble(), 1e-15, three::toString);
        CliRun dft = CliRun.of("factor", "--target", "dft:8", "--support", bf.toString());
        assertEquals(ExitCodes.OK, dft.code(), dft::toString);
        assertTrue(dft.out().contains("relError"), dft::toString); // no bit reversal here: an approximation
    }

    @Test
    void badInputIsOneLineAndExitTwo() throws IOException {
        String lu = CASES.resolve("lu2.json").toString();
        Path blocker = Files.writeString(tmp.resolve("a-file"), "x"); // a file where a folder is needed
        String[][] bad = {
            {"butterfly", "--target", "hadamard:8", "--out", blocker.resolve("f.json").toString()},
            {"factor", "--target", swap().toString(), "--support", lu, "--trace", blocker.resolve("t.csv").toString()},
            {"butterfly", "--target", "hadamard:12"},
            {"butterfly", "--target", "dft:8", "--tree", "zigzag"},
            {"butterfly", "--target", tmp.resolve("missing.npy").toString()},
            {"factor", "--target", "hadamard:8", "--support", lu},
            {"factor", "--target", swap().toString(), "--support", lu, "--solver", "exact"},
            {"factor", "--target", swap().toString(), "--support", lu, "--solver", "newton"},
            {"factor", "--target", "dft:2", "--support", lu},
        };
        for (String[] args : bad) {
            CliRun r = CliRun.of(args);
            assertEquals(ExitCodes.INPUT_ERROR, r.code(), () -> String.join(" ", args) + "\n" + r);
            assertTrue(r.err().startsWith("supcert: ") && r.err().strip().split("\n").length == 1,
                    () -> String.join(" ", args) + "\n" + r);
        }
        CliRun blocked = CliRun.of(bad[0]);
        assertTrue(blocked.err().contains(blocker + " is not a folder"), blocked::toString);
        Path nan = tmp.resolve("nan.mtx");
        Files.writeString(nan, "%%MatrixMarket matrix array real general\n2 2\n0\n1\n1\n1e999\n");
        CliRun r = CliRun.of("butterfly", "--target", nan.toString());
        assertEquals(ExitCodes.INPUT_ERROR, r.code(), r::toString);
    }
}
