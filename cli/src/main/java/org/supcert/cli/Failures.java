package org.supcert.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.supcert.io.InputException;
import org.supcert.poly.SolverTroubleException;

/**
 * How an exception that ends a command becomes an exit code and one line on standard error
 * (README "Exit codes"), in one place:
 * <ul>
 *   <li>{@link InputException}: its own exit code (2), its one-line message naming the file;</li>
 *   <li>I/O failures ({@link NoSuchFileException}, {@link AccessDeniedException}, any other
 *       {@link IOException}, also wrapped in {@link UncheckedIOException}): 2, naming the file and
 *       the reason, since the file given cannot be used;</li>
 *   <li>{@link SolverTroubleException} (Z3 failed where no caller turned it into UNKNOWN): 3, no
 *       verdict;</li>
 *   <li>anything else, {@link IllegalArgumentException} included: 4, an internal error. Bad input
 *       always arrives as an InputException, so a stray IllegalArgumentException is a bug.</li>
 * </ul>
 */
final class Failures {
    /** The exit code, the line for standard error, and whether it is a bug (which gets the --stacktrace hint). */
    record Exit(int code, String line, boolean internal) {}

    private Failures() {}

    static Exit of(Throwable ex) {
        if (ex instanceof InputException e) return new Exit(e.exitCode(), "supcert: " + InputException.oneLine(e.getMessage()), false);
        if (ex instanceof UncheckedIOException u && u.getCause() != null) {
            // the wrapper's message names the file when the cause does not (e.g. "OUT: No space left on device")
            boolean named = u.getCause() instanceof FileSystemException f && f.getFile() != null;
            boolean ownMessage = u.getMessage() != null && !u.getMessage().equals(u.getCause().toString());
            String line = named || !ownMessage ? ioProblem(u.getCause()) : u.getMessage();
            return new Exit(ExitCodes.INPUT_ERROR, "supcert: " + InputException.oneLine(line), false);
        }
        if (ex instanceof IOException e) return new Exit(ExitCodes.INPUT_ERROR, "supcert: " + InputException.oneLine(ioProblem(e)), false);
        if (ex instanceof SolverTroubleException e) {
            return new Exit(ExitCodes.UNKNOWN, "supcert: Z3 failed, no verdict: " + InputException.oneLine(e.getMessage()), false);
        }
        return new Exit(ExitCodes.INTERNAL_ERROR, "supcert: internal error: " + InputException.oneLine(String.valueOf(ex)), true);
    }

    private static String ioProblem(IOException e) {
        if (e instanceof NoSuchFileException f) return f.getFile() + ": no such file";
        if (e instanceof AccessDeniedException f) return f.getFile() + ": permission denied";
        if (e instanceof FileSystemException f && f.getFile() != null) {
            return f.getFile() + ": " + (f.getReason() == null ? e.getClass().getSimpleName() : f.getReason());
        }
        return "I/O error: " + e.getMessage();
    }
}
