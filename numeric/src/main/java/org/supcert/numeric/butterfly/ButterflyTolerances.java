package org.supcert.numeric.butterfly;

/**
 * Every threshold of the hierarchical factorization, in one place.
 *
 * <p>The best rank-one approximation of a block runs power iteration from the block's largest row
 * (exact after one step on an exactly rank-one block). It stops when the singular value estimate
 * stops growing ({@link #POWER_STAGNATION}: the loss deficit of power iteration shrinks geometrically,
 * so a relative increase below this bounds the remaining deficit by about that much of sigma^2 unless
 * sigma_2 is close to sigma_1, where every nearby vector is nearly optimal), or when the direction
 * stops moving ({@link #POWER_ANGLE}). After {@link #POWER_MAX_ITERATIONS} it falls back to a full SVD
 * of the block (EJML), so the result is always a best rank-one approximation.
 */
public final class ButterflyTolerances {
    private ButterflyTolerances() {}

    /** Stop power iteration when sigma^2 grows by at most this fraction of itself in one step. */
    public static final double POWER_STAGNATION = 1e-15;

    /** Stop power iteration when 1 - |cos(angle between successive right vectors)| is at most this. */
    public static final double POWER_ANGLE = 1e-15;

    /** Power iterations before the block falls back to a dense SVD. */
    public static final int POWER_MAX_ITERATIONS = 300;

    /** Nodes with fewer stored entries than this are split on the calling thread only. */
    public static final int PARALLEL_MIN_ENTRIES = 1 << 15;

    /** Work chunks per available core when a split runs in parallel (balances uneven blocks). */
    public static final int CHUNKS_PER_CORE = 4;
}
