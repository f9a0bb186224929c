package org.supcert.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
    static final Path CASES = Path.of("..", "cases");

    @TempDir
    Path tmp;

    CliRun report(Path dir, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("report", CASES.resolve("lu2.json").toString(),
                CASES.resolve("disjoint-identical.json").toString(), "--family", "lu:3",
                "--html", dir.resolve("r.html").toString(), "--json", dir.resolve("r.json").toString(),
                "--junit", dir.resolve("r.xml").toString(), "--sarif", dir.resolve("r.sarif").toString(),
                "--markdown", dir.resolve("r.md").toString()));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void writesEveryFormatReproduciblyWithoutTimings() throws IOException {
        CliRun a = report(tmp.resolve("a"), "--no-timings");
        assertEquals(ExitCodes.NOT_CLOSED, a.code(), a::toString);
        assertTrue(a.out().startsWith("report: 3 support(s): 1 closed, 2 not closed"), a::toString);
        CliRun b = report(tmp.resolve("b"), "--no-timings");
        assertEquals(ExitCodes.NOT_CLOSED, b.code(), b::toString);
        for (String f : List.of("r.html", "r.json", "r.xml", "r.sarif", "r.md")) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(f)), Files.readAllBytes(tmp.resolve("b").resolve(f)), f);
        }
        assertTrue(Files.readString(tmp.resolve("a/r.xml")).contains("<failure type=\"NOT_CLOSED\""));
    }

    @Test
    void reportsThroughTheZ3ProbesAreByteIdenticalWithoutTimings() throws IOException {
        // nested: CLOSED by the full-space query; probe-twin-rows: NOT CLOSED by a probe certificate;
        // kaleidoscope:4: UNKNOWN after the whole probe budget (its reason lists what the probes tried)
        List<String> base = List.of("report", CASES.resolve("nested.json").toString(), CASES.resolve("probe-twin-rows.json").toString(),
                "--family", "kaleidoscope:4", "--no-timings", "--no-trace");
        for (String run : List.of("a", "b")) {
            Path dir = tmp.resolve("z3-" + run);
            List<String> args = new java.util.ArrayList<>(base);
            args.addAll(List.of("--html", dir.resolve("r.html").toString(), "--json", dir.resolve("r.json").toString(),
                    "--junit", dir.resolve("r.xml").toString(), "--sarif", dir.resolve("r.sarif").toString(),
                    "--markdown", dir.resolve("r.md").toString()));
            CliRun r = CliRun.of(args.toArray(String[]::new));
            assertEquals(ExitCodes.NOT_CLOSED, r.code(), r::toString);
        }
        String json = Files.readString(tmp.resolve("z3-a/r.json"));
        assertTrue(json.contains("full-space-query") && json.contains("probe-certificate") && json.contains("probes:"), json);
        for (String f : List.of("r.html", "r.json", "r.xml", "r.sarif", "r.md")) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("z3-a").resolve(f)), Files.readAllBytes(tmp.resolve("z3-b").resolve(f)), f);
        }
    }

    @Test
    void unreadableInputIsAnErrorEntryAndExitTwo() throws IOException {
        CliRun r = CliRun.of("report", CASES.resolve("lu2.json").toString(), tmp.resolve("nope.json").toString(),
                "--junit", tmp.resolve("r.xml").toString());
        assertEquals(ExitCodes.INPUT_ERROR, r.code(), r::toString);
        assertTrue(r.err().contains("nope.json"), r::toString);
        String xml = Files.readString(tmp.resolve("r.xml"));
        assertTrue(xml.contains("<error type=\"InputError\"") && xml.contains("<failure type=\"NOT_CLOSED\""), xml);
    }

    @Test
    void withoutOutputFilesTheMarkdownSummaryGoesToStdout() {
        CliRun r = CliRun.of("report", "--family", "dense:3:3:1");
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        assertTrue(r.out().startsWith("## supcert: every support closed"), r::toString);
    }
}
