package org.supcert.io;

import java.nio.ByteBuffer;

/** Encodes doubles as elements of a {@link DType} (the writers' side of {@link ElementDecoder}). */
final class ElementEncoder {
    private ElementEncoder() {}

    /** Appends one real element; complex types take (re, im). Integers must be exact and in range. */
    static void put(ByteBuffer b, DType type, double re, double im) {
        switch (type) {
            case BOOL: b.put((byte) (re != 0 ? 1 : 0)); break;
            case I8: b.put((byte) integer(re, Byte.MIN_VALUE, Byte.MAX_VALUE, type)); break;
            case U8: b.put((byte) integer(re, 0, 255, type)); break;
            case I16: b.putShort((short) integer(re, Short.MIN_VALUE, Short.MAX_VALUE, type)); break;
            case U16: b.putShort((short) integer(re, 0, 65535, type)); break;
            case I32: b.putInt((int) integer(re, Integer.MIN_VALUE, Integer.MAX_VALUE, type)); break;
            case U32: b.putInt((int) integer(re, 0, 4294967295L, type)); break;
            case I64: b.putLong(integer(re, Long.MIN_VALUE, Long.MAX_VALUE, type)); break;
            case U64: b.putLong(integer(re, 0, Long.MAX_VALUE, type)); break;
            case F16: b.putShort(floatToHalf((float) re)); break;
            case BF16: b.putShort(floatToBfloat16((float) re)); break;
            case F32: b.putFloat((float) re); break;
            case F64: b.putDouble(re); break;
            case C64: b.putFloat((float) re).putFloat((float) im); break;
            case C128: b.putDouble(re).putDouble(im); break;
            default: throw new IllegalStateException("no encoder for " + type);
        }
    }

    private static long integer(double v, long min, long max, DType type) {
        if (v != Math.rint(v) || v < min || v > max) {
            throw new IllegalArgumentException("value " + v + " is not representable as " + type);
        }
        return (long) v;
    }

    /** float to IEEE binary16, rounding to nearest even; overflow gives infinity, NaN stays NaN. */
    static short floatToHalf(float f) {
        int bits = Float.floatToRawIntBits(f);
        int sign = (bits >>> 16) & 0x8000;
        int exp = (bits >>> 23) & 0xff;
        int mant = bits & 0x7fffff;
        if (exp == 0xff) return (short) (sign | 0x7c00 | (mant != 0 ? 0x200 : 0));
        int e = exp - 127 + 15;
        if (e >= 0x1f) return (short) (sign | 0x7c00);
        if (e <= 0) {
            if (e < -10) return (short) sign; // below half the smallest subnormal
            int m = mant | 0x800000; // implicit bit
            int shift = 14 - e;
            int half = m >>> shift;
            int rest = m & ((1 << shift) - 1);
            int mid = 1 << (shift - 1);
            if (rest > mid || (rest == mid && (half & 1) != 0)) half++;
            return (short) (sign | half);
        }
        int half = sign | (e << 10) | (mant >>> 13);
        int rest = mant & 0x1fff;
        if (rest > 0x1000 || (rest == 0x1000 && (half & 1) != 0)) half++; // may carry into the exponent: correct
        return (short) half;
    }

    /** float to bfloat16, rounding to nearest even; NaN stays NaN. */
    static short floatToBfloat16(float f) {
        int bits = Float.floatToRawIntBits(f);
        if (Float.isNaN(f)) return (short) ((bits >>> 16) | 0x40);
        int rounded = bits + 0x7fff + ((bits >>> 16) & 1);
        return (short) (rounded >>> 16);
    }
}
