package org.supcert.graph;

/**
 * An analysis would exceed a documented resource limit ({@link GraphLimits}). Not an input error:
 * the caller reports UNKNOWN with this message as the reason.
 */
public final class AnalysisLimitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AnalysisLimitException(String message) {
        super(message, null, false, false);
    }
}
