package org.supcert.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepCommandTest {
    @TempDir
    Path tmp;

    @Test
    void writesCsvAndSvgIdenticalForAnyThreadCountAndNoProgressWithoutATerminal() throws IOException {
        CliRun one = CliRun.of("sweep", "--layers", "5,4,3", "--density", "0.2:0.8:0.3", "--samples", "30", "--seed", "11",
                "--threads", "1", "--csv", tmp.resolve("a.csv").toString(), "--svg", tmp.resolve("a.svg").toString());
        assertEquals(ExitCodes.OK, one.code(), one::toString);
        assertEquals("", one.err(), "no progress bar when stderr is not a terminal");
        CliRun two = CliRun.of("sweep", "--layers", "5,4,3", "--density", "0.2:0.8:0.3", "--samples", "30", "--seed", "11",
                "--threads", "2", "--csv", tmp.resolve("b.csv").toString(), "--svg", tmp.resolve("b.svg").toString());
        assertEquals(ExitCodes.OK, two.code(), two::toString);
        assertEquals(Files.readString(tmp.resolve("a.csv")), Files.readString(tmp.resolve("b.csv")));
        assertEquals(Files.readString(tmp.resolve("a.svg")), Files.readString(tmp.resolve("b.svg")));
        assertEquals(4, Files.readAllLines(tmp.resolve("a.csv")).size());
        assertTrue(one.out().contains("sweep: 90 samples (3 densities x 30) of 5 -> 4 -> 3"), one::toString);
    }

    @Test
    void sparkCommandsWithoutTheSparkModuleSayHowToRunThem() {
        // the application jar has no Spark: --master and certify-all need the launcher or spark-submit
        CliRun sweep = CliRun.of("sweep", "--layers", "4,4,4", "--samples", "2", "--master", "local[2]");
        assertEquals(ExitCodes.INPUT_ERROR, sweep.code(), sweep::toString);
        assertTrue(sweep.err().startsWith("supcert: this command runs on Apache Spark"), sweep::toString);
        assertEquals("", sweep.out(), "no sample was verified");
        CliRun all = CliRun.of("certify-all", "../cases/lu2.json");
        assertEquals(ExitCodes.INPUT_ERROR, all.code(), all::toString);
        assertTrue(all.err().contains("./supcert launcher"), all::toString);
        CliRun both = CliRun.of("sweep", "--layers", "4,4,4", "--threads", "2", "--master", "local[2]");
        assertEquals(ExitCodes.INPUT_ERROR, both.code(), both::toString);
        assertTrue(both.err().contains("--threads does not apply with --master"), both::toString);
    }

    @Test
    void badOptionsAreOneLineInputErrors() {
        CliRun r = CliRun.of("sweep", "--layers", "16,16", "--samples", "10");
        assertEquals(ExitCodes.INPUT_ERROR, r.code(), r::toString);
        assertTrue(r.err().startsWith("supcert: --layers 16,16: expected d,h,o"), r::toString);
        CliRun z = CliRun.of("sweep", "--layers", "4,0,4");
        assertEquals(ExitCodes.INPUT_ERROR, z.code(), z::toString);
        CliRun d = CliRun.of("sweep", "--layers", "4,4,4", "--density", "0.5:2:0.5");
        assertEquals(ExitCodes.INPUT_ERROR, d.code(), d::toString);
    }
}
