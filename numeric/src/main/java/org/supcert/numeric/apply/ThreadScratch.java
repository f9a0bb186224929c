package org.supcert.numeric.apply;

import java.lang.ref.SoftReference;

/**
 * Per-thread scratch arrays of {@link ButterflyOperator}, reused from call to call: slots 0-3 hold
 * the batch blocks (column-major and rectangular batches), slots 4-7 the double copies of a float
 * single vector. Allocated per call, the up to 8 MiB block arrays made young collections copy them
 * (50 ms pauses every second at N = 4096 x 256), and blocks and float vectors ran 4-20x slower
 * while the collector grew the young generation (first touches of fresh pages). Softly held, so
 * memory pressure can reclaim them; at most eight arrays of each type per thread, shared by all
 * operators. Arrays may be longer than asked for, and callers must write a region before they
 * read it (the arrays are not cleared).
 */
final class ThreadScratch {
    private ThreadScratch() {}

    private static final int SLOTS = 8;
    private static final ThreadLocal<SoftReference<double[][]>> DOUBLES = new ThreadLocal<>();
    private static final ThreadLocal<SoftReference<float[][]>> FLOATS = new ThreadLocal<>();

    /** This thread's double array in {@code slot} (0-7), at least {@code size} long. */
    static double[] doubles(int slot, int size) {
        SoftReference<double[][]> ref = DOUBLES.get();
        double[][] slots = ref == null ? null : ref.get();
        if (slots == null) {
            slots = new double[SLOTS][];
            DOUBLES.set(new SoftReference<>(slots));
        }
        if (slots[slot] == null || slots[slot].length < size) slots[slot] = new double[size];
        return slots[slot];
    }

    /** This thread's float array in {@code slot} (0-7), at least {@code size} long. */
    static float[] floats(int slot, int size) {
        SoftReference<float[][]> ref = FLOATS.get();
        float[][] slots = ref == null ? null : ref.get();
        if (slots == null) {
            slots = new float[SLOTS][];
            FLOATS.set(new SoftReference<>(slots));
        }
        if (slots[slot] == null || slots[slot].length < size) slots[slot] = new float[size];
        return slots[slot];
    }
}
