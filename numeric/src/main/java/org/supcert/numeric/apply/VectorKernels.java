package org.supcert.numeric.apply;

import java.util.function.ToIntFunction;
import jdk.incubator.vector.DoubleVector;

/**
 * Picks the SIMD kernels of one vector width: the generated double and float variants of {@link
 * VectorKernels64x512} for 512, 256 or 128 bits. Loaded reflectively by {@link Kernels#best()}, so
 * a JVM without the Vector API module never links it.
 */
final class VectorKernels {
    /**
     * Forces the vector width in bits (128, 256 or 512) instead of the machine's preferred one,
     * e.g. to run another machine's code path; the parity tests build each width directly.
     */
    static final String BITS_PROPERTY = "supcert.vector.bits";

    private VectorKernels() {}

    /** The production kernels: the width {@link #BITS_PROPERTY} names, else the preferred one. */
    static Kernels best() {
        String forced = System.getProperty(BITS_PROPERTY);
        int bits = preferredBits();
        if (forced != null) {
            try {
                bits = Integer.parseInt(forced.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(BITS_PROPERTY + " must be 128, 256 or 512, got '" + forced + "'", e);
            }
        }
        Kernels k = of(bits, ArrayAlignment::firstLineIndex);
        if (Runtime.version().feature() < 25) useComplexFirst(k.f64());
        return k;
    }

    /** The machine's preferred vector width in bits. */
    static int preferredBits() {
        return DoubleVector.SPECIES_PREFERRED.vectorBitSize();
    }

    /** The kernels of {@code bits}-bit vectors, believing {@code lines} about alignment (tests pin it). */
    static Kernels of(int bits, ToIntFunction<Object> lines) {
        return switch (bits) {
            case 512 -> new Kernels(new VectorKernels64x512(lines), new VectorKernels32x512(lines));
            case 256 -> new Kernels(new VectorKernels64x256(lines), new VectorKernels32x256(lines));
            case 128 -> new Kernels(new VectorKernels64x128(lines), new VectorKernels32x128(lines));
            default -> throw new IllegalArgumentException(
                    "no SIMD kernels for " + bits + "-bit vectors (there are 128, 256 and 512)");
        };
    }

    /**
     * Runs the complex batch kernels once on a small block, before any other kernel. On JDK 17,
     * C2 failed to intrinsify some Vector API stores ("missing constant" under
     * -XX:+PrintIntrinsics) of one kernel family, which then ran 3-30x slower for the rest of the
     * process, depending on which family was used first: float used after double and complex
     * slowed the float kernels, float then complex then double the double ones, float before
     * complex the complex ones. With one complex call first, every order measured well (16 runs of
     * 16, bench/README.md); JDK 25 shows none of it. Costs about 70 ms once per process.
     */
    private static void useComplexFirst(Kernels64 k) {
        int n = 64;
        int batch = 16;
        double[] w = new double[4 * n];
        for (int i = 0; i < w.length; i++) w[i] = i % 4 == 0 ? 1 : 0.5;
        double[] xr = new double[n * batch];
        double[] xi = new double[n * batch];
        for (int d = 1; 2 * d < n; d *= 4) {
            k.pair2C(w, w, true, d, 4 * d, w, w, true, 2 * d, 8 * d, n, xr, xi, batch, 0, 1);
            k.pair2C(w, w, true, d, 4 * d, w, w, false, 2 * d, 8 * d, n, xr, xi, batch, 0, 1);
        }
    }
}
