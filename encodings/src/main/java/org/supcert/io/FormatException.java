package org.supcert.io;

import java.nio.file.Path;

/**
 * A file that cannot be read as what it claims to be: an {@link InputException} whose location,
 * when there is one, is a tensor. The message is one line:
 * {@code <file>: tensor '<name>': <problem>} (the tensor part only when one is concerned).
 */
public final class FormatException extends InputException {
    private static final long serialVersionUID = 1L;

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
        super(file == null ? Path.of("<no file>") : file, tensor == null ? null : "tensor '" + tensor + "'", problem,
                cause);
        this.tensor = tensor;
    }

    /** The tensor concerned, or null when the problem is with the file as a whole. */
    public String tensor() { return tensor; }
}
