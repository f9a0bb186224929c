package org.supcert.verifier;

/**
 * Every threshold of the rules and probes, in one place (README, "Limits"). Limits are counted in
 * work (steps, words, multiply-adds), never in time, so that they cut the same way on every
 * machine.
 */
final class RuleLimits {
    /** Theorem S: bitset words and augmenting steps per component and orientation. */
    static final long SPANNING_WORK = 1L << 36;
    /** Linearization: largest matrix (free entries x cells of U minus T) built for one split. */
    static final long LINEARIZATION_ENTRIES = 1L << 20;
    /** Linearization: every split is tried when there are at most this many (else the heuristic splits). */
    static final int LINEARIZATION_ALL_SPLITS = 4_096;
    /** Linearization: seeded random splits tried beyond "all rows" and "all columns" when not exhaustive. */
    static final int LINEARIZATION_RANDOM_SPLITS = 64;
    /** Linearization: multiply-adds of the exact ranks, per component. */
    static final long LINEARIZATION_WORK = 1L << 30;
    /** Seed of the linearization's integers (the values are stored in the certificate). */
    static final long LINEARIZATION_SEED = 2026;
    /** Chain specialization: multiply-adds of the products and exact ranks, per chain (about 2 s here). */
    static final long SPECIALIZATION_WORK = 500_000_000L;
    /** Corner search across classes: largest number of classes in one full set F. */
    static final int CORNER_MAX_CLASSES = 3;

    /** Largest number of factor variables for a full-space query ("a few dozen"). */
    static final int FULL_SPACE_VARIABLES = 36;
    /** Block shapes tried around overlapping cells, in this order (rows x cols). */
    static final int[][] BLOCK_SHAPES = {{2, 2}, {2, 3}, {3, 2}, {3, 3}, {3, 4}, {4, 3}, {4, 4}};
    /** Largest restricted pattern (factor variables) a block probe sends to Z3. */
    static final int BLOCK_VARIABLES = 40;
    /** Cancellation curves: largest pattern (factor variables) whose attainability is asked, candidates per part, seed. */
    static final int CANCELLATION_VARIABLES = 60;
    static final int CANCELLATION_CANDIDATES = 24;
    static final long CANCELLATION_SEED = 17;
    /** Highest Laurent-curve degree searched. */
    static final int MAX_DEGREE = 3;
    /** Blocks enumerated exhaustively per component when all shapes together have at most this many. */
    static final int MAX_BLOCKS = 5_000;
    /** On larger parts: overlapping cells used as seeds of greedily grown blocks. */
    static final int BLOCK_SEEDS = 2_000;
    /** On larger parts: bitset words spent choosing blocks, per part. */
    static final long BLOCK_CHOICE_WORK = 1L << 26;

    private RuleLimits() {}
}
