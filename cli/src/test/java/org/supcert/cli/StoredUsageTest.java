package org.supcert.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The stored top-level usage is exactly what picocli prints, and it is used only where picocli would print it plain. */
class StoredUsageTest {
    private static final Path SOURCE = Path.of("src/main/resources/org/supcert/cli", StoredUsage.RESOURCE);

    @Test
    void storedUsageIsWhatPicocliPrints() throws IOException {
        CliRun help = CliRun.of("--help");
        assertEquals(ExitCodes.OK, help.code(), help::toString);
        if (Boolean.getBoolean("supcert.writeUsage")) Files.writeString(SOURCE, help.out(), StandardCharsets.UTF_8);
        String stored;
        try (InputStream in = StoredUsage.class.getResourceAsStream(StoredUsage.RESOURCE)) {
            assertNotNull(in, StoredUsage.RESOURCE + " is missing from the classpath");
            stored = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String again = "; write it again with: mvn -B -ntp -pl cli -am test -Dtest=StoredUsageTest"
                + " -Dsurefire.failIfNoSpecifiedTests=false -Dsupcert.writeUsage=true";
        assertEquals(help.out(), stored, "cli/" + SOURCE + " is stale" + again);
        assertEquals(help.out(), CliRun.of("-h").out(), "-h prints another message than --help");
        assertEquals(help.out(), CliRun.of().out(), "no arguments print another message than --help");
    }

    @Test
    void printWritesTheStoredMessageForHelpOnly() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        assertFalse(StoredUsage.print(new String[] {"check", "--help"}, out));
        assertEquals(0, bytes.size(), "printed although a command's help was asked for");
        // under surefire there is no console, so the plain message applies
        assertTrue(StoredUsage.print(new String[] {"--help"}, out));
        assertEquals(CliRun.of("--help").out(), bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void picocliDecidesWheneverItWouldColourOrSizeTheMessage() {
        String[] help = {"--help"};
        assertTrue(StoredUsage.applies(help, false, null, null, null));
        assertTrue(StoredUsage.applies(new String[0], false, null, null, null));
        assertTrue(StoredUsage.applies(new String[] {"-h"}, false, null, null, null));
        assertFalse(StoredUsage.applies(help, true, null, null, null), "a terminal gets picocli's colours");
        assertFalse(StoredUsage.applies(help, false, "1", null, null), "CLICOLOR_FORCE forces colours");
        assertFalse(StoredUsage.applies(help, false, null, "true", null), "-Dpicocli.ansi decides colours");
        assertFalse(StoredUsage.applies(help, false, null, null, "120"), "-Dpicocli.usage.width sizes the message");
        assertFalse(StoredUsage.applies(new String[] {"--help", "check"}, false, null, null, null));
        assertFalse(StoredUsage.applies(new String[] {"check"}, false, null, null, null));
        assertFalse(StoredUsage.applies(new String[] {"--version"}, false, null, null, null));
        assertFalse(StoredUsage.applies(new String[] {"--stacktrace"}, false, null, null, null));
    }
}
