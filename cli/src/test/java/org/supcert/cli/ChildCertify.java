package org.supcert.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.supcert.io.StrictJson;

/** Runs {@code certify --json} on a model in a child JVM with a bounded heap (the memory tests). */
final class ChildCertify {
    private ChildCertify() {}

    /** Certifies {@code model} under {@code -Xmx<heap>}, asserts exit 0, returns the JSON document. */
    static JsonNode run(Path model, String heap, int minutes) throws IOException, InterruptedException {
        Path dir = model.getParent();
        Path out = dir.resolve("certify.json");
        Path log = dir.resolve("child.log");
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        Process p = new ProcessBuilder(java, "-Xmx" + heap, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "certify", "--json", "--out", out.toString(), model.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(minutes, TimeUnit.MINUTES), "certify finished within " + minutes + " minutes");
        assertEquals(ExitCodes.OK, p.exitValue(), () -> "child output: " + read(log));
        return StrictJson.read(out);
    }

    static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }
}
