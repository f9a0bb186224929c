package org.supcert.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.supcert.io.InputException;

/**
 * A command's output files (UTF-8, parent folders created, as every command does for its --out and
 * --trace); a failure is one line naming the file.
 */
final class OutputFile {
    private OutputFile() {}

    /** Writes the text and returns the number of bytes written. */
    static int write(Path file, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try {
            Files.write(folders(file), bytes);
        } catch (IOException e) {
            throw new InputException(file, "cannot write: " + e.getMessage());
        }
        return bytes.length;
    }

    /** Creates the folders of a file that a library writes later (factor files, traces); null stays null. */
    static Path folders(Path file) {
        if (file == null) return null;
        Path parent = file.toAbsolutePath().getParent();
        try {
            if (parent != null) Files.createDirectories(parent);
        } catch (FileAlreadyExistsException e) { // its message is the bare path
            throw new InputException(file, "cannot write: " + e.getFile() + " is not a folder");
        } catch (IOException e) {
            throw new InputException(file, "cannot write: " + e.getMessage());
        }
        return file;
    }
}
