package org.supcert.support;

/**
 * Size limits every reader and generator enforces, in one documented place (README, "Limits").
 * Past them an input is refused with a one-line error instead of exhausting memory.
 */
public final class SupportLimits {
    /** Largest number of rows or columns of one factor. */
    public static final int MAX_DIMENSION = 1 << 16;
    /** Largest number of allowed entries of one factor (64 Mi). */
    public static final int MAX_NONZEROS = 1 << 26;
    /** Largest number of factors in a chain. */
    public static final int MAX_FACTORS = 64;

    private SupportLimits() {}
}
