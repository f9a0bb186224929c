package org.supcert.verifier;

/** Thresholds of the Z3 probes (THEORY section 6), in one place (README, "Limits"). */
final class ProbeLimits {
    /** Largest number of factor variables for a full-space query ("a few dozen"). */
    static final int FULL_SPACE_VARIABLES = 36;
    /** Block shapes tried around overlapping cells, in this order (rows x cols). */
    static final int[][] BLOCK_SHAPES = {{2, 2}, {2, 3}, {3, 2}, {3, 3}, {3, 4}, {4, 3}, {4, 4}};
    /** Largest restricted pattern (factor variables) a block probe sends to Z3. */
    static final int BLOCK_VARIABLES = 40;
    /** Highest Laurent-curve degree searched. */
    static final int MAX_DEGREE = 3;
    /** Time-out of one probe query. */
    static final long QUERY_MILLIS = 3_000;
    /** Largest number of blocks enumerated per component (before the time budget). */
    static final int MAX_BLOCKS = 5_000;

    private ProbeLimits() {}
}
