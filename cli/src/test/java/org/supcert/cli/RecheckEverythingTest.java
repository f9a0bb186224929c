package org.supcert.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * recheck accepts every certificate that check prints, CLOSED ones (Theorem S, linearization,
 * specialization) included, for every golden case and every chain family; a tampered one fails.
 */
class RecheckEverythingTest {
    @TempDir
    Path dir;

    private static final List<String> CHAIN_FAMILIES = List.of("ldu:3", "ldu:6", "lu:5", "butterfly:16", "kaleidoscope:4",
            "monarch:2:2:3:3", "dense:4:4:2", "butterfly-split:16:2", "random-chain:8,24,24,8:0.6:3", "nm:8:8:32:2:4:5");

    @Test
    void everyCertificateOfEveryGoldenCaseAndChainFamilyRechecks() throws IOException {
        List<Path> inputs = new ArrayList<>();
        try (Stream<Path> cases = Files.list(Path.of("..", "cases"))) {
            cases.filter(p -> p.toString().endsWith(".json")).sorted().forEach(inputs::add);
        }
        for (String f : CHAIN_FAMILIES) {
            Path p = dir.resolve(f.replace(':', '-') + ".json");
            Files.writeString(p, "{\"supcert\": 1, \"name\": \"" + f + "\", \"family\": \"" + f + "\"}");
            inputs.add(p);
        }
        int rechecked = 0;
        for (Path input : inputs) {
            Path out = dir.resolve("out.json");
            CliRun check = CliRun.of("check", "--json", "--work", "4000000", "--out", out.toString(), input.toString());
            assertTrue(check.code() != 2 && check.code() != 4, input + ": " + check);
            if (!Files.readString(out).contains("supcertCertificate")) continue;
            CliRun re = CliRun.of("recheck", out.toString(), "--support", input.toString());
            assertEquals(0, re.code(), input + ": " + re);
            assertTrue(re.out().contains("VALID") && !re.out().contains("INVALID"), input + ": " + re);
            rechecked++;
        }
        assertTrue(rechecked >= 12, "too few inputs with certificates: " + rechecked);
    }

    @Test
    void closedCertificatesNeedTheSupportAndATamperedOneFails() throws IOException {
        Path input = Path.of("..", "cases", "wide-spanning-rows.json");
        Path out = dir.resolve("out.json");
        assertEquals(0, CliRun.of("check", "--json", "--out", out.toString(), input.toString()).code());
        String json = Files.readString(out);
        assertTrue(json.contains("\"result\" : \"theorem-s\""), json.substring(0, Math.min(2000, json.length())));

        CliRun noSupport = CliRun.of("recheck", out.toString());
        assertEquals(3, noSupport.code(), noSupport.toString());
        assertTrue(noSupport.out().contains("NOT RE-CHECKED"), noSupport.toString());

        // the first line's first matched column takes the inner column of its second: one column used twice
        int at = json.indexOf("\"lines\"");
        int inner = json.indexOf("\"inner\" : [ ", at) + "\"inner\" : [ ".length();
        int end = json.indexOf(',', inner);
        int end2 = json.indexOf(',', end + 1);
        String second = json.substring(end + 1, end2).trim();
        Path tampered = dir.resolve("tampered.json");
        Files.writeString(tampered, json.substring(0, inner) + second + json.substring(end));
        CliRun bad = CliRun.of("recheck", tampered.toString(), "--support", input.toString());
        assertEquals(1, bad.code(), bad.toString());
        assertTrue(bad.out().contains("INVALID"), bad.toString());

        CliRun summary = CliRun.of("check", "--json", "--certificates", "summary", input.toString());
        assertTrue(summary.out().contains("\"summary\"") && !summary.out().contains("\"lines\""), summary.toString());
    }

    @Test
    void aCornerCertificateWithoutItsSpecialCellIsAnInputErrorNamingTheFile() throws IOException {
        Path input = Path.of("..", "cases", "lu2.json");
        Path out = dir.resolve("lu2-out.json");
        assertEquals(1, CliRun.of("check", "--json", "--out", out.toString(), input.toString()).code());
        String json = Files.readString(out);
        assertTrue(json.contains("\"result\" : \"corner-certificate\""), json);
        assertEquals(0, CliRun.of("recheck", out.toString()).code());

        // the special cell is what makes it a corner certificate: without it, recheck refuses the file
        Path tampered = dir.resolve("no-special.json");
        Files.writeString(tampered, json.replaceFirst("\"special\" : \\[[^\\]]*\\]", "\"special\" : null"));
        CliRun bad = CliRun.of("recheck", tampered.toString());
        assertEquals(2, bad.code(), bad.toString());
        assertTrue(bad.err().contains(tampered.toString()) && bad.err().contains("special"), bad.toString());
    }
}
