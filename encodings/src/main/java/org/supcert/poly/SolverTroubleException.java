package org.supcert.poly;

/**
 * Z3 itself failed: the native library could not be loaded, or Z3 raised an error during a query
 * (STYLE.md: solver trouble is its own exception type). It says nothing about the support, so
 * callers answer UNKNOWN with {@link #getMessage()} as the reason; it must never become a verdict
 * or an internal-error exit. Time-outs and Z3's own "unknown" are answers, not trouble:
 * they come back as {@link SolverOutcome} UNKNOWN.
 */
public final class SolverTroubleException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Z3 failed; {@code cause} is Z3's exception or the linkage error of its native library. */
    public SolverTroubleException(String message, Throwable cause) {
        super(message, cause);
    }
}
