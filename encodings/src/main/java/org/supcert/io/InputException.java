package org.supcert.io;

import java.nio.file.Path;
import java.util.Optional;

/**
 * An input supcert cannot use: a file that is missing, malformed, hostile or over a limit, or an
 * option value (a family, a target spec) that does not parse. It is the only exception type that
 * means "bad input" (README "Exit codes", code {@link #EXIT_CODE}); a stray
 * {@link IllegalArgumentException} is a bug, not bad input.
 *
 * <p>The message is one line, {@code <file>: <location>: <problem>}, each part present when known;
 * the parts are also kept apart ({@link #file()}, {@link #location()}, {@link #problem()}).
 */
public class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The exit code of an input error (README "Exit codes"). */
    public static final int EXIT_CODE = 2;

    private final transient Path file;
    private final String location;
    private final String problem;

    /**
     * @param file     the file concerned, or null when the input is not a file (an option value)
     * @param location where in the input: a key, a tensor, a line, an offset, an option; null when the
     *                 input as a whole is concerned
     * @param problem  what is wrong, one line
     * @param cause    the low-level failure, or null
     */
    public InputException(Path file, String location, String problem, Throwable cause) {
        super(message(file, location, problem), cause);
        this.file = file;
        this.location = location;
        this.problem = problem == null ? "unreadable" : problem;
    }

    /** A problem with a whole file. */
    public InputException(Path file, String problem) {
        this(file, null, problem, null);
    }

    /** A problem with an input that is not a file, such as an option value ({@code --family lu:x}). */
    public static InputException of(String location, String problem) {
        return new InputException(null, location, problem, null);
    }

    /** A problem found before the file is known (a document parser); the reader adds it with {@link #in(Path)}. */
    public static InputException of(String problem) {
        return new InputException(null, null, problem, null);
    }

    /**
     * Builds a model object (a {@link org.supcert.support.Mask}, a chain, a matrix) from data read
     * from an input: the constructor's own validation ({@link IllegalArgumentException}: a row of
     * the wrong length, shapes that do not chain) is the input's problem there, so it becomes an
     * InputException. Keep the supplier to that one constructor call, so a bug elsewhere is not
     * reported as bad input.
     */
    public static <T> T validating(java.util.function.Supplier<T> build) {
        return validating(null, build);
    }

    /** As {@link #validating(java.util.function.Supplier)}, for data read from {@code file}. */
    public static <T> T validating(Path file, java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw new InputException(file, null, e.getMessage(), e);
        }
    }

    /** This problem, in {@code file} (unchanged when the file is already known). */
    public InputException in(Path file) {
        if (this.file != null || file == null) return this;
        InputException e = new InputException(file, location, problem, getCause());
        e.setStackTrace(getStackTrace());
        return e;
    }

    /**
     * This problem, inside {@code outer} (a factor, a field, an entry): the location becomes
     * {@code outer: location}.
     */
    public InputException at(String outer) {
        InputException e = new InputException(file, location == null ? outer : outer + ": " + location, problem,
                getCause());
        e.setStackTrace(getStackTrace());
        return e;
    }

    private static String message(Path file, String location, String problem) {
        StringBuilder sb = new StringBuilder();
        if (file != null) sb.append(file).append(": ");
        if (location != null) sb.append(location).append(": ");
        sb.append(problem == null ? "unreadable" : problem);
        return oneLine(sb.toString());
    }

    /**
     * A message on one line, as every error the tools print is (file errors can quote a file's
     * line breaks); "unknown error" for none.
     */
    public static String oneLine(String message) {
        return message == null ? "unknown error" : message.replace('\r', ' ').replace('\n', ' ');
    }

    /** The file concerned, if the input is a file. */
    public Optional<Path> file() { return Optional.ofNullable(file); }

    /** Where in the input the problem is (key, tensor, line, offset, option), if known. */
    public Optional<String> location() { return Optional.ofNullable(location); }

    /** What is wrong, without the file and location. */
    public String problem() { return problem; }

    /** The process exit code this error maps to (README "Exit codes"). */
    public int exitCode() { return EXIT_CODE; }
}
