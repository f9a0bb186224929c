package org.supcert.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every training command line runs and succeeds: a line that fails after an option changes would
 * leave the launcher's start-up cache without that command's classes, silently.
 */
class StartupTrainingTest {
    @Test
    void everyTrainingLineSucceeds() {
        List<String[]> lines = new ArrayList<>(StartupTraining.BASE);
        lines.addAll(StartupTraining.VECTOR);
        for (String[] line : lines) {
            String[] here = line.clone();
            // the launcher trains in the repository's top directory, the tests run in cli/
            for (int i = 0; i < here.length; i++) if (here[i].startsWith("cases/")) here[i] = "../" + here[i];
            CliRun r = CliRun.of(here);
            // a verdict (lu2 is NOT CLOSED, which trains the certificate path too), never a usage or internal error
            assertTrue(r.code() == ExitCodes.OK || r.code() == ExitCodes.NOT_CLOSED, () -> String.join(" ", line) + "\n" + r);
            assertFalse(r.out().isBlank(), String.join(" ", line) + " printed nothing");
        }
    }
}
