package org.supcert.numeric.apply;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;

/**
 * Where the elements of a heap array meet 64-byte boundaries (a cache line, one 512-bit vector).
 *
 * <p>Why: HotSpot places a double[]'s data 16 bytes past an 8-byte-aligned object start, so the
 * batch kernels' 512-bit loads and stores usually straddle two cache lines. Starting the vector
 * loops on a line was measured 1.47x faster for the strided pass at N = 2^16 x 256 and 1.34x in L2
 * (bench/README.md, "Line-aligned rows"). Java does not expose addresses, so this reads the
 * array's reference through {@code sun.misc.Unsafe} (module jdk.unsupported), found reflectively.
 *
 * <p>Only speed depends on the answer: the kernels compute the same values from any starting
 * index. A stale answer (the collector may move the array at any time) or an unknown one (no
 * Unsafe, an unrecognised reference encoding) costs the unaligned speed, never a wrong result.
 * From JDK 24 on, Unsafe's memory access prints warnings (JEP 498), so there the answer is always
 * unknown.
 */
final class ArrayAlignment {
    private ArrayAlignment() {}

    static final int LINE_BYTES = 64;

    private static final Probe PROBE = Probe.create();

    /**
     * The index of the first element of {@code a} (a double[] or a float[]) that starts a 64-byte
     * line (0..7 for doubles, 0..15 for floats), or -1 when unknown.
     */
    static int firstLineIndex(Object a) {
        int bytes = a instanceof double[] ? Double.BYTES : a instanceof float[] ? Float.BYTES : 0;
        long address = PROBE == null || bytes == 0 ? -1 : PROBE.dataAddress(a);
        if (address < 0 || address % bytes != 0) return -1;
        return (int) ((LINE_BYTES - address % LINE_BYTES) % LINE_BYTES / bytes);
    }

    /** Reads a reference's bits and decodes them into an address (modulo 64 is all we use). */
    private static final class Probe {
        private final MethodHandle getInt;   // Unsafe.getInt(Object, long), bound
        private final MethodHandle getLong;  // Unsafe.getLong(Object, long), bound
        private final long refBase;          // offset of element 0 of an Object[]
        private final boolean compressed;    // 4-byte references
        private final int shift;             // compressed reference = (address - base) >> shift
        private final long dataBase;         // offset of element 0 of a double[] or float[]

        private Probe(MethodHandle getInt, MethodHandle getLong, long refBase, boolean compressed, int shift,
                long dataBase) {
            this.getInt = getInt;
            this.getLong = getLong;
            this.refBase = refBase;
            this.compressed = compressed;
            this.shift = shift;
            this.dataBase = dataBase;
        }

        static Probe create() {
            if (Runtime.version().feature() >= 24) return null; // would warn on stderr (JEP 498)
            try {
                Class<?> type = Class.forName("sun.misc.Unsafe");
                Field field = type.getDeclaredField("theUnsafe");
                field.setAccessible(true);
                Object unsafe = field.get(null);
                MethodHandles.Lookup lookup = MethodHandles.lookup();
                MethodHandle getInt = lookup.findVirtual(type, "getInt",
                        MethodType.methodType(int.class, Object.class, long.class)).bindTo(unsafe);
                MethodHandle getLong = lookup.findVirtual(type, "getLong",
                        MethodType.methodType(long.class, Object.class, long.class)).bindTo(unsafe);
                MethodHandle baseOf = lookup.findVirtual(type, "arrayBaseOffset",
                        MethodType.methodType(int.class, Class.class)).bindTo(unsafe);
                MethodHandle scaleOf = lookup.findVirtual(type, "arrayIndexScale",
                        MethodType.methodType(int.class, Class.class)).bindTo(unsafe);
                long refBase = (int) baseOf.invokeExact((Class<?>) Object[].class);
                int refBytes = (int) scaleOf.invokeExact((Class<?>) Object[].class);
                long doubleBase = (int) baseOf.invokeExact((Class<?>) double[].class);
                long floatBase = (int) baseOf.invokeExact((Class<?>) float[].class);
                long longBase = (int) baseOf.invokeExact((Class<?>) long[].class);
                if ((refBytes != 4 && refBytes != 8) || doubleBase != floatBase) return null;
                Probe raw = new Probe(getInt, getLong, refBase, refBytes == 4, 0, doubleBase);
                int shift = refBytes == 4 ? raw.compressedShift(longBase) : 0;
                return shift < 0 ? null : new Probe(getInt, getLong, refBase, refBytes == 4, shift, doubleBase);
            } catch (Throwable e) { // no Unsafe or an unexpected layout: alignment stays unknown
                return null;
            }
        }

        /**
         * The shift of compressed references: 0 (unscaled, the reference is the address) or
         * log2 of the object alignment. Told apart by consecutive allocations of a known size,
         * which differ by size >> shift in their references (a TLAB refill breaks the odd pair,
         * so the most common difference decides). -1 when no shift explains what we see.
         */
        private int compressedShift(long longBase) {
            Object[] objects = new Object[33];
            for (int i = 0; i < objects.length; i++) objects[i] = new long[1];
            Map<Long, Integer> counts = new HashMap<>();
            for (int i = 1; i < objects.length; i++) {
                counts.merge(bits(objects[i]) - bits(objects[i - 1]), 1, Integer::sum);
            }
            long step = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            if (counts.get(step) < objects.length / 2) return -1;
            for (int s : new int[] {0, 3, 4, 5, 6}) {
                long align = s == 0 ? 8 : 1L << s;
                long size = (longBase + Long.BYTES + align - 1) / align * align;
                if (size >> s == step) return s;
            }
            return -1;
        }

        /** The raw bits of the reference to o (a compressed reference is zero-extended). */
        private long bits(Object o) {
            Object[] holder = {o};
            try {
                return compressed ? Integer.toUnsignedLong((int) getInt.invokeExact((Object) holder, refBase))
                        : (long) getLong.invokeExact((Object) holder, refBase);
            } catch (Throwable e) {
                return -1;
            }
        }

        /**
         * The address of element 0 of a primitive array, modulo 64 correct: the heap base of
         * compressed references is at least page-aligned in HotSpot.
         */
        long dataAddress(Object a) {
            long b = bits(a);
            return b < 0 ? -1 : (b << shift) + dataBase;
        }
    }
}
