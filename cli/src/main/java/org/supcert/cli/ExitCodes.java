package org.supcert.cli;

import org.supcert.reports.model.Report;
import org.supcert.reports.model.SupportReport;
import org.supcert.verifier.Status;

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

    /** A report's exit code (report, ci, certify-all): 2 when some input could not be read, else as check. */
    public static int of(Report r) {
        if (r.count(SupportReport.Outcome.INPUT_ERROR) > 0) return INPUT_ERROR;
        return of(r.supports().stream().filter(s -> s.verdict() != null).map(s -> s.verdict().status()));
    }

    /** The verdicts' exit code: 1 when one is NOT CLOSED, else 3 when one is UNKNOWN, else 0. */
    static int of(java.util.stream.Stream<Status> verdicts) {
        java.util.Set<Status> seen = verdicts.collect(java.util.stream.Collectors.toSet());
        return seen.contains(Status.NOT_CLOSED) ? NOT_CLOSED : seen.contains(Status.UNKNOWN) ? UNKNOWN : OK;
    }
}
