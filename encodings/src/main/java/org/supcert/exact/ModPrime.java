package org.supcert.exact;

/**
 * Arithmetic modulo the fixed prime {@link #P} = 2^31 - 1. Values are kept in [0, P), so a
 * product fits a long. The prime is part of every certificate that uses it, so a re-check never
 * depends on this constant silently.
 */
public final class ModPrime {
    /** The Mersenne prime 2^31 - 1. */
    public static final long P = 2_147_483_647L;

    private ModPrime() {}

    /** x mod P in [0, P), for any long (negative integers included). */
    public static long reduce(long x) {
        long r = x % P;
        return r < 0 ? r + P : r;
    }

    public static long mul(long a, long b) { return (a * b) % P; }

    public static long add(long a, long b) {
        long s = a + b;
        return s >= P ? s - P : s;
    }

    public static long sub(long a, long b) {
        long s = a - b;
        return s < 0 ? s + P : s;
    }

    /** The inverse of a non-zero residue (Fermat: a^(P-2)). */
    public static long inverse(long a) {
        if (a == 0) throw new ArithmeticException("0 has no inverse modulo " + P);
        long result = 1;
        long base = a;
        for (long e = P - 2; e > 0; e >>= 1) {
            if ((e & 1) != 0) result = mul(result, base);
            base = mul(base, base);
        }
        return result;
    }
}
