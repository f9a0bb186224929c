package org.supcert.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.supcert.io.InputException;

/** Writes a command's output file (UTF-8, parent folders created); a failure is one line naming the file. */
final class OutputFile {
    private OutputFile() {}

    /** Writes the text and returns the number of bytes written. */
    static int write(Path file, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new InputException(file, "cannot write: " + e.getMessage());
        }
        return bytes.length;
    }
}
