package org.supcert.numeric.apply;

import java.lang.System.Logger.Level;

/**
 * The kernels an operator runs on, double and float of one kind: the scalar reference, or the
 * SIMD kernels of one vector width.
 */
record Kernels(Kernels64 f64, Kernels32 f32) {
    private static final Kernels SCALAR = new Kernels(ScalarKernels64.INSTANCE, ScalarKernels32.INSTANCE);

    /** "scalar", or "simd-" and the vector width in bits. */
    String name() {
        return f64.name();
    }

    /** The scalar reference kernels. */
    static Kernels scalar() {
        return SCALAR;
    }

    /** The SIMD kernels if the Vector API module is present, else the scalar ones (logged once). */
    static Kernels best() {
        return Holder.BEST;
    }

    /** Lazily resolves the SIMD provider; VectorKernels is loaded reflectively so its absence is harmless. */
    private static final class Holder {
        private Holder() {}

        static final Kernels BEST = load();

        private static Kernels load() {
            if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
                System.getLogger(Kernels.class.getName()).log(Level.INFO,
                        "jdk.incubator.vector not present (run with --add-modules jdk.incubator.vector);"
                                + " butterfly apply uses the scalar kernels");
                return SCALAR;
            }
            try {
                return (Kernels) Class.forName("org.supcert.numeric.apply.VectorKernels")
                        .getDeclaredMethod("best").invoke(null);
            } catch (ReflectiveOperationException | LinkageError e) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                System.getLogger(Kernels.class.getName()).log(Level.INFO,
                        "Vector API kernels unavailable (" + cause + "); butterfly apply uses the scalar kernels");
                return SCALAR;
            }
        }
    }
}
