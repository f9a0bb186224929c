package org.supcert.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code bench probes} and {@code bench verify} pass their options to the bench module and print its output. */
class BenchVerifierCommandsTest {
    @Test
    void probesPrintsTheTableAndTheDigest() {
        CliRun r = CliRun.of("bench", "probes", "--cases", "12", "--work", "0", "--seed", "3");
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        assertTrue(r.out().startsWith("| verdict by result | pairs | share |"), r::toString);
        assertTrue(r.out().contains("timings: 12 pairs in") && r.out().contains("seed 3, work 0"), r::toString);
    }

    @Test
    void verifyPrintsOneRowPerSplit() {
        CliRun r = CliRun.of("bench", "verify", "--n", "8", "--random", "4", "--repeat", "1", "--no-mlp");
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        assertTrue(r.out().contains("butterfly-split:8:2") && r.out().contains("all butterfly splits"), r::toString);
    }

    @Test
    void badOptionsAreInputErrors() {
        assertEquals(ExitCodes.INPUT_ERROR, CliRun.of("bench", "probes", "--threads", "0").code());
        assertEquals(ExitCodes.INPUT_ERROR, CliRun.of("bench", "verify", "--n", "6").code());
    }
}
