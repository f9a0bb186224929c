package org.supcert.numeric.apply;

import java.lang.System.Logger.Level;

/**
 * The stage kernels. Data is a block of rows, row i at {@code i * batch}, holding {@code batch}
 * contiguous values (batch = 1 for a single vector). Coefficients are in the {@code
 * ButterflyFactor} layout. "pair" is a 2 x 2 level (I_a (x) 1_(2x2) (x) I_d, n = 2ad rows) applied
 * in place; "pair2" applies two such levels in one pass (first d1, then d2; the larger of the two
 * must be a multiple of twice the smaller); "kron" is a general I_a (x) 1_(b x c) (x) I_d factor
 * out of place. Names ending in C take split complex data and coefficients.
 *
 * <p>The in-place kernels work on a coset of rows so that several levels can run on a cache-sized
 * part of the data: they visit the n virtual rows v, i.e. the global rows r + v * s (s divides
 * every stride d, which stays global); r = 0, s = 1 and n = all rows is the whole block. The
 * alpha blocks of a 2 x 2 level's coefficients are {@code as} apart: 4d in the factor layout, 0
 * when all blocks are equal (I_a (x) B, as in the DFT or Hadamard) and only the first is read.
 * A level flagged {@code unit} has first columns (1, 1) in every block (see UnitColumns); the ones
 * are stored, so a kernel may ignore the flag, and the SIMD kernels use it to skip multiplies.
 */
interface Kernels {

    String name();

    void pair(double[] w, boolean unit, int n, int d, int as, double[] x, int batch, int r, int s);

    void pair2(double[] w1, boolean unit1, int d1, int as1, double[] w2, boolean unit2, int d2, int as2, int n,
            double[] x, int batch, int r, int s);

    void kron(double[] w, int a, int b, int c, int d, double[] x, double[] y, int batch);

    void pairC(double[] wr, double[] wi, boolean unit, int n, int d, int as, double[] xr, double[] xi, int batch,
            int r, int s);

    void pair2C(double[] wr1, double[] wi1, boolean unit1, int d1, int as1, double[] wr2, double[] wi2,
            boolean unit2, int d2, int as2, int n, double[] xr, double[] xi, int batch, int r, int s);

    void kronC(double[] wr, double[] wi, int a, int b, int c, int d, double[] xr, double[] xi,
            double[] yr, double[] yi, int batch);

    /**
     * A single vector of n rows times a block-diagonal matrix of Stage.BLOCK x Stage.BLOCK blocks,
     * each stored column-major; one block used for all when {@code shared}.
     */
    void block(double[] m, boolean shared, double[] x, int n);

    void blockC(double[] mr, double[] mi, boolean shared, double[] xr, double[] xi, int n);

    void pair(float[] w, boolean unit, int n, int d, int as, float[] x, int batch, int r, int s);

    void pair2(float[] w1, boolean unit1, int d1, int as1, float[] w2, boolean unit2, int d2, int as2, int n,
            float[] x, int batch, int r, int s);

    void kron(float[] w, int a, int b, int c, int d, float[] x, float[] y, int batch);

    void pairC(float[] wr, float[] wi, int n, int d, int as, float[] xr, float[] xi, int batch, int r, int s);

    void pair2C(float[] wr1, float[] wi1, int d1, int as1, float[] wr2, float[] wi2, int d2, int as2,
            int n,
            float[] xr, float[] xi, int batch, int r, int s);

    void kronC(float[] wr, float[] wi, int a, int b, int c, int d, float[] xr, float[] xi,
            float[] yr, float[] yi, int batch);

    /** Lanes of the preferred double vector (1 for the scalar kernels); block widths round to it. */
    int doubleLanes();

    /** Lanes of the preferred float vector. */
    int floatLanes();

    /** The scalar reference kernels. */
    static Kernels scalar() {
        return ScalarKernels.INSTANCE;
    }

    /** The SIMD kernels if the Vector API module is present, else the scalar ones (logged once). */
    static Kernels best() {
        return Holder.BEST;
    }

    /** Lazily resolves the SIMD provider; VectorKernels is loaded reflectively so its absence is harmless. */
    final class Holder {
        private Holder() {}

        static final Kernels BEST = load();

        private static Kernels load() {
            if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
                System.getLogger(Kernels.class.getName()).log(Level.INFO,
                        "jdk.incubator.vector not present (run with --add-modules jdk.incubator.vector);"
                                + " butterfly apply uses the scalar kernels");
                return ScalarKernels.INSTANCE;
            }
            try {
                return (Kernels) Class.forName("org.supcert.numeric.apply.VectorKernels")
                        .getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException | LinkageError e) {
                System.getLogger(Kernels.class.getName()).log(Level.INFO,
                        "Vector API kernels unavailable (" + e + "); butterfly apply uses the scalar kernels");
                return ScalarKernels.INSTANCE;
            }
        }
    }
}
