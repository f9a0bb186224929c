package org.supcert.numeric.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** The alignment probe against what HotSpot guarantees about where arrays start. */
class ArrayAlignmentTest {

    @Test
    void answersAnElementIndexOrUnknown() {
        for (int n : new int[] {0, 1, 7, 1000}) {
            int first = ArrayAlignment.firstLineIndex(new double[n]);
            assertTrue(first >= -1 && first < 8, "first line index " + first + " for a double[" + n + "]");
            int firstFloat = ArrayAlignment.firstLineIndex(new float[n]);
            assertTrue(firstFloat >= -1 && firstFloat < 16,
                    "first line index " + firstFloat + " for a float[" + n + "]");
        }
        assertEquals(-1, ArrayAlignment.firstLineIndex(new long[8]), "only double[] and float[] are answered");
    }

    /**
     * G1 puts an array of at least half a region at the start of a region (a humongous object),
     * so its data starts one array header past a 64-byte boundary: a wrong decoding of the
     * reference (shift, base) would answer something else.
     */
    @Test
    void humongousG1ArrayStartsOneHeaderPastALine() {
        assumeTrue(ManagementFactory.getGarbageCollectorMXBeans().stream()
                .anyMatch(gc -> gc.getName().startsWith("G1")), "needs G1 (the default collector)");
        double[] big = new double[64 << 20 >> 3]; // 64 MiB: humongous for every G1 region size
        int first = ArrayAlignment.firstLineIndex(big);
        assumeTrue(first != -1, "the probe cannot read references in this JVM");
        boolean compressedClasses = Boolean.parseBoolean(ManagementFactory
                .getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
                .getVMOption("UseCompressedClassPointers").getValue());
        int header = compressedClasses ? 16 : 24; // mark word, class pointer, length (padded)
        assertEquals((64 - header) % 64 / Double.BYTES, first, "data starts " + header + " bytes past a region");
        assertEquals(first, ArrayAlignment.firstLineIndex(big), "the answer is stable while the array stays");
        float[] bigFloats = new float[64 << 20 >> 2];
        assertEquals((64 - header) % 64 / Float.BYTES, ArrayAlignment.firstLineIndex(bigFloats), "float data too");
    }

    /**
     * Arrays allocated one after the other sit one object size apart (24 bytes for a double[1]
     * with compressed class pointers), so their answers advance by that much modulo 64; a TLAB
     * refill may break the odd pair. Catches a wrong reference shift, which the region-aligned
     * array above cannot.
     */
    @Test
    void consecutiveArraysAdvanceByTheirSize() {
        double[][] arrays = new double[33][];
        for (int i = 0; i < arrays.length; i++) arrays[i] = new double[1];
        int[] first = new int[arrays.length];
        for (int i = 0; i < arrays.length; i++) first[i] = ArrayAlignment.firstLineIndex(arrays[i]);
        assumeTrue(first[0] != -1, "the probe cannot read references in this JVM");
        boolean compressedClasses = Boolean.parseBoolean(ManagementFactory
                .getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
                .getVMOption("UseCompressedClassPointers").getValue());
        int size = compressedClasses ? 24 : 32;
        int agree = 0;
        for (int i = 1; i < arrays.length; i++) {
            int address = (64 - 8 * first[i - 1]) % 64; // modulo 64
            if (first[i] == (64 - (address + size) % 64) % 64 / 8) agree++;
        }
        assertTrue(agree >= 24, "only " + agree + " of 32 neighbours are " + size + " bytes apart: "
                + java.util.Arrays.toString(first));
    }
}
