package org.supcert.io;

import java.nio.file.Path;

/**
 * A file that cannot be read as what it claims to be. The message is one line:
 * {@code <file>: tensor '<name>': <problem>} (the tensor part only when one is concerned).
 */
public final class FormatException extends IllegalArgumentException {
    private final transient Path file;
    private final String tensor;

    /** A problem with the file as a whole (its header, its existence). */
    public FormatException(Path file, String problem) {
        this(file, null, problem, null);
    }

    /** A problem with one tensor of the file. */
    public FormatException(Path file, String tensor, String problem) {
        this(file, tensor, problem, null);
    }

    /** As {@link #FormatException(Path, String, String)}, keeping the low-level cause. */
    public FormatException(Path file, String tensor, String problem, Throwable cause) {
        super(message(file, tensor, problem), cause);
        this.file = file;
        this.tensor = tensor;
    }

    private static String message(Path file, String tensor, String problem) {
        StringBuilder sb = new StringBuilder();
        sb.append(file == null ? "<no file>" : file.toString()).append(": ");
        if (tensor != null) sb.append("tensor '").append(tensor).append("': ");
        sb.append(problem == null ? "unreadable" : problem);
        return sb.toString().replace('\r', ' ').replace('\n', ' ');
    }

    /** The file concerned. */
    public Path file() { return file; }

    /** The tensor concerned, or null when the problem is with the file as a whole. */
    public String tensor() { return tensor; }
}
