package org.supcert.verifier;

/** A closedness verdict. UNKNOWN is the honest answer when no result of docs/theory.md applies. */
public enum Status {
    CLOSED, NOT_CLOSED, UNKNOWN;

    /** Combines component verdicts: any NOT_CLOSED wins, then any UNKNOWN, else CLOSED. */
    static Status combine(Status a, Status b) {
        if (a == NOT_CLOSED || b == NOT_CLOSED) return NOT_CLOSED;
        if (a == UNKNOWN || b == UNKNOWN) return UNKNOWN;
        return CLOSED;
    }
}
