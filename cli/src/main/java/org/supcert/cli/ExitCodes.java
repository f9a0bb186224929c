package org.supcert.cli;

/** The documented exit codes (README, "Exit codes"): one place, used by every command. */
public final class ExitCodes {
    /** Every support CLOSED (check), certificate valid (recheck), command succeeded. */
    public static final int OK = 0;
    /** Some support NOT CLOSED (check), or a certificate that does not re-check (recheck). */
    public static final int NOT_CLOSED = 1;
    /** Usage or input error: bad option, unreadable or malformed file, sizes over the limits. */
    public static final int INPUT_ERROR = 2;
    /** Some support UNKNOWN and none NOT CLOSED. */
    public static final int UNKNOWN = 3;
    /** An internal error (a bug): please report it with --stacktrace output. */
    public static final int INTERNAL_ERROR = 4;

    private ExitCodes() {}
}
