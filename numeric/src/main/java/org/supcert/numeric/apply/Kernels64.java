package org.supcert.numeric.apply;

/**
 * The stage kernels on double data (the other precision's interface is generated from this
 * file by numeric/src/build/GenerateKernels.java). Data is a block of rows, row i at {@code i * batch},
 * holding {@code batch} contiguous values (batch = 1 for a single vector). Coefficients are in the
 * {@code ButterflyFactor} layout. "pair" is a 2 x 2 level (I_a (x) 1_(2x2) (x) I_d, n = 2ad rows)
 * applied in place; "pair2" applies two such levels in one pass (first d1, then d2; the larger of
 * the two must be a multiple of twice the smaller); "kron" is a general I_a (x) 1_(b x c) (x) I_d
 * factor out of place. Names ending in C take split complex data and coefficients.
 *
 * <p>The in-place kernels work on a coset of rows so that several levels can run on a cache-sized
 * part of the data: they visit the n virtual rows v, i.e. the global rows r + v * s (s divides
 * every stride d, which stays global); r = 0, s = 1 and n = all rows is the whole block. The
 * alpha blocks of a 2 x 2 level's coefficients are {@code as} apart: 4d in the factor layout, 0
 * when all blocks are equal (I_a (x) B, as in the DFT or Hadamard) and only the first is read.
 * A level flagged {@code unit} has first columns (1, 1) in every block (see UnitColumns); the ones
 * are stored, so a kernel may ignore the flag, and the SIMD kernels use it to skip multiplies.
 */
interface Kernels64 {

    /** "scalar", or "simd-" and the vector width in bits. */
    String name();

    /** Lanes of the vectors used (1 for the scalar kernels); batch block widths round to it. */
    int lanes();

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
}
