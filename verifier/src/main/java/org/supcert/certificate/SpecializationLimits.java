package org.supcert.certificate;

/**
 * The thresholds of chain specialization (docs/theory.md#specialization, "Chains, by specialization"), in one
 * place (README, "Limits"). Work is counted in multiply-adds modulo the prime, never in seconds,
 * so the same chain always gets the same answer.
 */
public final class SpecializationLimits {
    /** Largest dense partial product A = W_1..W_(l-1) or C = W_(l+1)..W_L kept in memory (int entries: 128 MiB). */
    public static final long MAX_DENSE_ENTRIES = 1L << 25;
    /** Bitset rows of the product support past this many longs (128 MiB) fall back to Mask.product: slower, O(nnz) memory. */
    public static final long MAX_BITSET_WORDS = 1L << 24;
    /**
     * Largest matrix handed to one elimination (long entries: 32 MiB): nnz(W_l) x |U| for a middle
     * free layer, |K_i| x |U_i| for one row of a free first layer (one column of a free last layer;
     * past it only the first vectors that fit are tried, and a subset that spans still proves it).
     */
    public static final long MAX_RANK_ENTRIES = 1L << 22;
    /**
     * A suggested default search budget: about 10 s of elimination on the development machine
     * (ChainSpecializationBench: about 2 x 10^8 multiply-adds per second); the 64-256-256-64 chain
     * at density 0.6 needs 8 x 10^6, the 768-3072-768-64 chain at 0.5 needs 1.4 x 10^8.
     */
    public static final long SEARCH_WORK = 2_000_000_000L;
    /**
     * Work a re-check may spend by default: ten times {@link #SEARCH_WORK}, about 100 s here. A
     * certificate found within the search budget needs at most what the search spent.
     */
    public static final long CHECK_WORK = 20_000_000_000L;

    private SpecializationLimits() {}
}
