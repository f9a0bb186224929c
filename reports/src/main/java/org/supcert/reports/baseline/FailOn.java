package org.supcert.reports.baseline;

import org.supcert.io.InputException;
/**
 * How strict "supcert ci" is. Every level fails when a support turns NOT CLOSED (it was not in the
 * baseline) or a new support is NOT CLOSED.
 */
public enum FailOn {
    /** Softest: only NOT CLOSED fails; CLOSED -> UNKNOWN is a warning. */
    NOT_CLOSED,
    /** The default: also CLOSED -> UNKNOWN fails (a proof was lost); a new UNKNOWN is a warning. */
    REGRESSION,
    /** Strictest: also every new UNKNOWN support fails. */
    UNKNOWN;

    /** Parses the option value: not-closed | unknown. */
    public static FailOn parse(String s) {
        return switch (s) {
            case "not-closed" -> NOT_CLOSED;
            case "unknown" -> UNKNOWN;
            default -> throw InputException.of("--fail-on: '" + s + "' is not not-closed or unknown");
        };
    }
}
