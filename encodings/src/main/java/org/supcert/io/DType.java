package org.supcert.io;


/**
 * Element types the readers decode, named as safetensors names them. NumPy descriptors and
 * MatrixMarket fields map onto these ({@code <f4} is F32, MatrixMarket {@code real} is F64).
 */
public enum DType {
    BOOL(1, Kind.BOOL), I8(1, Kind.SIGNED), U8(1, Kind.UNSIGNED), I16(2, Kind.SIGNED),
    U16(2, Kind.UNSIGNED), I32(4, Kind.SIGNED), U32(4, Kind.UNSIGNED), I64(8, Kind.SIGNED),
    U64(8, Kind.UNSIGNED), F16(2, Kind.FLOAT), BF16(2, Kind.FLOAT), F32(4, Kind.FLOAT),
    F64(8, Kind.FLOAT),
    /** FP8 with 4 exponent and 3 mantissa bits, no infinities (OCP E4M3FN; PyTorch {@code float8_e4m3fn}). */
    F8_E4M3(1, Kind.FLOAT),
    /** FP8 with 5 exponent and 2 mantissa bits (the upper byte of a binary16). */
    F8_E5M2(1, Kind.FLOAT),
    /** FP8 scale: 8 exponent bits, no sign, no zero (OCP MX E8M0; 0xFF is NaN). */
    F8_E8M0(1, Kind.FLOAT),
    /** Complex of two F32 (NumPy {@code c8}). */
    C64(8, Kind.COMPLEX),
    /** Complex of two F64 (NumPy {@code c16}). */
    C128(16, Kind.COMPLEX);

    enum Kind { BOOL, SIGNED, UNSIGNED, FLOAT, COMPLEX }

    private final int size;
    private final Kind kind;

    DType(int size, Kind kind) {
        this.size = size;
        this.kind = kind;
    }

    /** Bytes per element (both parts for complex types). */
    public int size() { return size; }

    /** True for C64 and C128. */
    public boolean isComplex() { return kind == Kind.COMPLEX; }

    Kind kind() { return kind; }

    /** The type of a safetensors {@code dtype} string, or null when it is not one of ours. */
    static DType ofSafetensors(String name) {
        for (DType t : values()) if (t.name().equals(name)) return t;
        return null;
    }

    /**
     * The type of a NumPy type code without its byte-order character ({@code f4}, {@code b1},
     * {@code ?}, {@code c16}; case-sensitive), or null when unsupported.
     */
    static DType ofNumpy(String code) {
        switch (code) { // case matters: U is unicode, u unsigned
            case "?": case "b1": return BOOL;
            case "i1": return I8;
            case "u1": return U8;
            case "i2": return I16;
            case "u2": return U16;
            case "i4": return I32;
            case "u4": return U32;
            case "i8": return I64;
            case "u8": return U64;
            case "f2": return F16;
            case "f4": return F32;
            case "f8": return F64;
            case "c8": return C64;
            case "c16": return C128;
            default: return null;
        }
    }

    /** IEEE 754 binary16 to float, exact (every half is a float). */
    static float halfToFloat(int bits) {
        int sign = (bits & 0x8000) << 16;
        int exp = (bits >>> 10) & 0x1f;
        int mant = bits & 0x3ff;
        if (exp == 0x1f) return Float.intBitsToFloat(sign | 0x7f800000 | (mant << 13));
        if (exp == 0) {
            float v = mant * 0x1p-24f; // subnormal or zero
            return sign != 0 ? -v : v;
        }
        return Float.intBitsToFloat(sign | ((exp + 112) << 23) | (mant << 13));
    }

    /** OCP FP8 E4M3FN to float, exact: bias 7, subnormals at exponent 0, S.1111.111 is NaN, no infinity. */
    static float e4m3ToFloat(int bits) {
        int sign = bits & 0x80;
        int exp = (bits >>> 3) & 0xf;
        int mant = bits & 0x7;
        float v;
        if (exp == 0xf && mant == 0x7) v = Float.NaN;
        else if (exp == 0) v = mant * 0x1p-9f;
        else v = (8 + mant) * Math.scalb(1f, exp - 10);
        return sign != 0 ? -v : v;
    }

    /** OCP FP8 E5M2 to float: the upper byte of an IEEE binary16. */
    static float e5m2ToFloat(int bits) {
        return halfToFloat((bits & 0xff) << 8);
    }

    /** OCP E8M0 scale to float: 2^(e - 127), 0xFF NaN; never zero. */
    static float e8m0ToFloat(int bits) {
        int e = bits & 0xff;
        return e == 0xff ? Float.NaN : Math.scalb(1f, e - 127);
    }

    /** bfloat16 (the upper half of a float) to float. */
    static float bfloat16ToFloat(int bits) {
        return Float.intBitsToFloat((bits & 0xffff) << 16);
    }
}
