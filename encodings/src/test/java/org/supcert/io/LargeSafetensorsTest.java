package org.supcert.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Masks of a model file larger than 200 MB are read without loading the file: the heap retained
 * while holding every mask stays far below the file size, and a child JVM limited to a 160 MB heap
 * (less than the 235 MB file) reads them all.
 */
@Tag("slow")
class LargeSafetensorsTest {
    private static final long HEAP_BUDGET = 256L << 20;
    /** The child JVM's heap: less than the file; the largest mask (8.4 M entries) needs 67 MB. */
    private static final String CHILD_HEAP = "-Xmx160m";

    @TempDir
    Path dir;

    static long expectedNonZeros(String layer) {
        for (Object[] l : LargeModelFile.LAYERS) {
            String name = (String) l[0];
            if (name.equals(layer + "_mask") || name.equals(layer)) {
                return ((LargeModelFile.Pattern) l[4]).count((int) l[2], (int) l[3]);
            }
        }
        throw new IllegalArgumentException(layer);
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int k = 0; k < 3; k++) System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }

    @Test
    void masksOfA235MegabyteFileInBoundedHeap() throws Exception {
        Path file = dir.resolve("model.safetensors");
        try {
            long size = LargeModelFile.write(file);
            assertTrue(size > 220_000_000L, "file of " + size + " bytes");

            long before = usedAfterGc();
            List<LayerMask> held = new ArrayList<>();
            try (TensorSource s = TensorSource.open(file)) {
                ModelMasks m = ModelMasks.of(s);
                assertEquals(List.of("layers.0.weight", "layers.1.weight", "layers.2.weight", "layers.3.weight"), m.layers());
                for (String layer : m.layers()) {
                    LayerMask lm = m.mask(layer);
                    assertEquals(expectedNonZeros(layer), lm.mask().nonZeros(), layer);
                    held.add(lm);
                }
            }
            long retained = usedAfterGc() - before;
            long masks = 0;
            for (LayerMask lm : held) masks += 8L * lm.mask().nonZeros();
            assertTrue(retained < HEAP_BUDGET, "retained " + (retained >> 20) + " MB while holding masks of "
                    + (masks >> 20) + " MB index data, file " + (size >> 20) + " MB");
            assertEquals("2:4", held.get(0).nm().orElseThrow().toString());
            assertEquals(LayerMask.Origin.PRUNING_MASK, held.get(2).origin());
            assertTrue(held.get(2).mask().get(0, 0) && !held.get(2).mask().get(0, 1), "pattern spot check");
            held.clear();

            assertEquals(0, runProbe(file), "child JVM with " + CHILD_HEAP + " reads every mask");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private int runProbe(Path file) throws IOException, InterruptedException {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        Path err = dir.resolve("probe.err");
        Process p = new ProcessBuilder(java, CHILD_HEAP, "-cp", System.getProperty("java.class.path"),
                LargeFileProbe.class.getName(), file.toString())
                .redirectErrorStream(true).redirectOutput(err.toFile()).start();
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "probe finished");
        int code = p.exitValue();
        if (code != 0) {
            throw new AssertionError("probe exit " + code + ": " + Files.readString(err));
        }
        return code;
    }
}
