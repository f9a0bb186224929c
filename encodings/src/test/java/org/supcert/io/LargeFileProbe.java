package org.supcert.io;

import java.nio.file.Path;

/**
 * Run in a child JVM with a small -Xmx by {@link LargeSafetensorsTest}: reads every layer mask of
 * the large model and exits 0 when all non-zero counts are right, 1 (with a line on stderr) otherwise.
 */
public final class LargeFileProbe {
    private LargeFileProbe() {}

    public static void main(String[] args) {
        try (TensorSource s = TensorSource.open(Path.of(args[0]))) {
            ModelMasks m = ModelMasks.of(s);
            for (String layer : m.layers()) {
                LayerMask lm = m.mask(layer);
                long want = LargeSafetensorsTest.expectedNonZeros(layer);
                if (lm.mask().nonZeros() != want) {
                    System.err.println(layer + ": " + lm.mask().nonZeros() + " non-zeros, expected " + want);
                    System.exit(1);
                }
            }
        }
        System.exit(0);
    }
}
