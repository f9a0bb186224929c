package org.supcert.exact;

/**
 * The SplitMix64 generator (Steele, Lea, Flood, "Fast splittable pseudorandom number generators",
 * OOPSLA 2014; the same constants as java.util.SplittableRandom's mixer), written out here so a
 * certificate can store a seed instead of its integers and anyone can regenerate them in a few
 * lines of any language:
 * <pre>
 * state += 0x9E3779B97F4A7C15
 * z = state
 * z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9
 * z = (z ^ (z >>> 27)) * 0x94D049BB133111EB
 * next = z ^ (z >>> 31)                      (all arithmetic modulo 2^64)
 * nextValue = 1 + (next >>> 48)              (an integer in [1, 2^16])
 * </pre>
 * Hand-written rather than SplittableRandom because a certificate must not depend on a JDK
 * class whose output is not part of its specification.
 */
public final class SplitMix64 {
    /** The name certificates record with their seed. */
    public static final String NAME = "splitmix64";
    /** Largest value of {@link #nextValue()}: 2^16. */
    public static final long MAX_VALUE = 1L << 16;

    private long state;

    public SplitMix64(long seed) {
        this.state = seed;
    }

    /** The next 64-bit output. */
    public long next() {
        state += 0x9E3779B97F4A7C15L;
        long z = state;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** 1 + the top 16 bits of {@link #next()}: a non-zero integer in [1, 2^16], below the prime of {@link ModPrime}. */
    public long nextValue() {
        return 1 + (next() >>> 48);
    }
}
