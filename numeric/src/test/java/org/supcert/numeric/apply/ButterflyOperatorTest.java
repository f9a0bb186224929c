package org.supcert.numeric.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.supcert.numeric.butterfly.ButterflyChain;
import org.supcert.numeric.butterfly.ButterflyFactor;
import org.supcert.numeric.targets.Targets;

/**
 * Parity: SIMD kernels == scalar reference == dense product, in double (relative 1e-12) and float
 * (1e-5), for every layout, on awkward sizes; and the DFT butterfly against a direct DFT.
 */
class ButterflyOperatorTest {
    /** 65: a block of 64 (ApplyTuning.MAX_BLOCK_WIDTH) and a one-vector tail, which runs the single-vector plan. */
    private static final int[] BATCHES = {1, 2, 3, 7, 8, 9, 17, 33, 65, 100};

    private static List<ButterflyChain> realAndComplexCases(long seed) {
        Random rnd = new Random(seed);
        List<ButterflyChain> cases = new ArrayList<>();
        for (boolean cplx : new boolean[] {false, true}) {
            for (int n : new int[] {2, 4, 8, 32, 64}) {
                cases.add(Chains.standard(rnd, n, cplx, false, false));
                cases.add(Chains.standard(rnd, n, cplx, true, true));
                cases.add(Chains.repeated(rnd, n, cplx)); // coefficients stored once per level
            }
            // deformable square chain, N = 24: strides 12, 6, 3, 1 (6 and 3 fuse, 1 does not)
            cases.add(Chains.forms(rnd, cplx, null, new int[] {1, 2, 2, 12}, new int[] {2, 2, 2, 6},
                    new int[] {4, 2, 2, 3}, new int[] {12, 2, 2, 1}));
            // general 3 x 3 blocks and rectangular Kronecker forms: 12x8 . 8x10 . 10x30
            cases.add(Chains.forms(rnd, cplx, null, new int[] {3, 3, 3, 3}, new int[] {1, 3, 3, 9}));
            cases.add(Chains.forms(rnd, cplx, Chains.permutation(rnd, 30), new int[] {2, 3, 2, 2},
                    new int[] {1, 4, 5, 2}, new int[] {5, 1, 3, 2}));
            // Monarch, block size 4 (below the vector length) and 12 (not a multiple of it)
            cases.add(Chains.monarch(rnd, 4, cplx));
            cases.add(Chains.monarch(rnd, 12, cplx));
        }
        return cases;
    }

    @Test
    void simdKernelsAreInUseInTheTestJvm() {
        assertTrue(Kernels.best().name().startsWith("simd"),
                "surefire passes --add-modules jdk.incubator.vector, so the SIMD kernels must load; got "
                        + Kernels.best().name());
    }

    @Test
    void doubleParityAgainstScalarAndDense() {
        for (ButterflyChain chain : realAndComplexCases(11)) {
            double[][] dense = Chains.dense(chain);
            ButterflyOperator simd = ButterflyOperator.of(chain, Kernels.best());
            ButterflyOperator scalar = ButterflyOperator.of(chain, Kernels.scalar());
            Random rnd = new Random(chain.rows() * 31L + chain.cols());
            for (int batch : BATCHES) {
                for (BatchLayout layout : BatchLayout.values()) {
                    double[][] x = randomComplex(rnd, chain.cols() * batch);
                    double[][] want = denseApply(dense, chain.rows(), chain.cols(), x, batch, layout);
                    String what = chain.factors() + " batch " + batch + " " + layout;
                    for (ButterflyOperator op : new ButterflyOperator[] {simd, scalar}) {
                        double[][] got = {new double[chain.rows() * batch], new double[chain.rows() * batch]};
                        op.apply(x[0], x[1], got[0], got[1], batch, layout);
                        assertClose(want, got, 1e-12, op.kernels() + " " + what);
                        if (!chain.isComplex()) {
                            double[] gotRe = new double[chain.rows() * batch];
                            op.apply(x[0], gotRe, batch, layout);
                            assertClose(new double[][] {denseApply(dense, chain.rows(), chain.cols(),
                                    new double[][] {x[0], new double[x[0].length]}, batch, layout)[0]},
                                    new double[][] {gotRe}, 1e-12, op.kernels() + " real " + what);
                        }
                    }
                }
            }
        }
    }

    /**
     * The batch kernels start their vector loops where they believe a 64-byte line starts
     * (ArrayAlignment); only speed may depend on that belief. Pin every possible answer (unknown,
     * 0..7 for doubles, 0..15 for floats) and check SIMD == dense in double and float, out of place
     * and in place (where the end vectors of a row must be computed before the middle of the row
     * overwrites their inputs).
     */
    @Test
    void everyBelievedLineOffsetGivesTheSameProduct() {
        Random rnd = new Random(5);
        List<ButterflyChain> chains = List.of(Chains.standard(rnd, 8, false, false, false),
                Chains.standard(rnd, 32, false, true, false), Chains.repeated(rnd, 64, false),
                Chains.awkwardPivots(rnd, 16, false), Chains.standard(rnd, 16, true, false, false));
        for (int first = -1; first < 16; first++) {
            int pinned = first;
            Kernels kernels = VectorKernels.of(VectorKernels.preferredBits(), a -> pinned);
            for (ButterflyChain chain : chains) {
                double[][] dense = Chains.dense(chain);
                ButterflyOperator op = ButterflyOperator.of(chain, kernels);
                for (int batch : new int[] {8, 9, 15, 16, 17, 31, 40, 100}) {
                    double[][] x = randomComplex(rnd, chain.cols() * batch);
                    if (!chain.isComplex()) x[1] = new double[x[1].length];
                    double[][] want = denseApply(dense, chain.rows(), chain.cols(), x, batch,
                            BatchLayout.BATCH_INNER);
                    String what = "first line at " + first + ", " + chain.factors() + " batch " + batch;
                    double[][] got = {new double[chain.rows() * batch], new double[chain.rows() * batch]};
                    op.apply(x[0], x[1], got[0], got[1], batch, BatchLayout.BATCH_INNER);
                    assertClose(want, got, 1e-12, what);
                    double[][] inPlace = {x[0].clone(), x[1].clone()};
                    op.apply(inPlace[0], inPlace[1], inPlace[0], inPlace[1], batch, BatchLayout.BATCH_INNER);
                    assertClose(want, inPlace, 1e-12, "in place, " + what);
                    float[][] xf = {toFloat(x[0]), toFloat(x[1])};
                    op.apply(xf[0], xf[1], xf[0], xf[1], batch, BatchLayout.BATCH_INNER);
                    assertClose(want, new double[][] {toDouble(xf[0]), toDouble(xf[1])}, 1e-5,
                            "float in place, " + what);
                }
            }
        }
    }

    @Test
    void floatParityAgainstDense() {
        for (ButterflyChain chain : realAndComplexCases(12)) {
            double[][] dense = Chains.dense(chain);
            Random rnd = new Random(7);
            for (Kernels k : new Kernels[] {Kernels.best(), Kernels.scalar()}) {
                ButterflyOperator op = ButterflyOperator.of(chain, k);
                for (int batch : new int[] {1, 5, 16, 37, 65}) { // 65: see BATCHES
                    for (BatchLayout layout : BatchLayout.values()) {
                        double[][] x = randomComplex(rnd, chain.cols() * batch);
                        float[] xr = toFloat(x[0]);
                        float[] xi = toFloat(x[1]);
                        double[][] want = denseApply(dense, chain.rows(), chain.cols(),
                                new double[][] {toDouble(xr), toDouble(xi)}, batch, layout);
                        float[] yr = new float[chain.rows() * batch];
                        float[] yi = new float[chain.rows() * batch];
                        op.apply(xr, xi, yr, yi, batch, layout);
                        assertClose(want, new double[][] {toDouble(yr), toDouble(yi)}, 1e-5,
                                k.name() + " float " + chain.factors() + " batch " + batch + " " + layout);
                    }
                }
            }
        }
    }

    @Test
    void transposeMatchesDenseTranspose() {
        for (ButterflyChain chain : realAndComplexCases(13)) {
            int r = chain.rows();
            int c = chain.cols();
            double[][] denseT = denseTranspose(Chains.dense(chain), r, c, false);
            Random rnd = new Random(5);
            for (int batch : new int[] {1, 9, 24}) {
                for (BatchLayout layout : BatchLayout.values()) {
                    double[][] x = randomComplex(rnd, r * batch);
                    double[][] want = denseApply(denseT, c, r, x, batch, layout);
                    double[][] got = {new double[c * batch], new double[c * batch]};
                    ButterflyOperator.of(chain).transpose().apply(x[0], x[1], got[0], got[1], batch, layout);
                    assertClose(want, got, 1e-12, "transpose " + chain.factors() + " batch " + batch + " " + layout);
                }
            }
        }
    }

    @Test
    void adjointMatchesDenseConjugateTranspose() {
        for (ButterflyChain chain : realAndComplexCases(17)) {
            int r = chain.rows();
            int c = chain.cols();
            double[][] adj = denseTranspose(Chains.dense(chain), r, c, true);
            Random rnd = new Random(7);
            for (int batch : new int[] {1, 9}) {
                for (BatchLayout layout : BatchLayout.values()) {
                    double[][] x = randomComplex(rnd, r * batch);
                    double[] keep = x[1].clone();
                    double[][] want = denseApply(adj, c, r, x, batch, layout);
                    double[][] got = {new double[c * batch], new double[c * batch]};
                    ButterflyOperator.of(chain).applyAdjoint(x[0], x[1], got[0], got[1], batch, layout);
                    assertClose(want, got, 1e-12, "adjoint " + chain.factors() + " batch " + batch + " " + layout);
                    assertTrue(java.util.Arrays.equals(keep, x[1]), "the input is left as it was");
                    float[][] xf = {toFloat(x[0]), toFloat(x[1])};
                    float[] keepF = xf[1].clone();
                    double[][] wantF = denseApply(adj, c, r, new double[][] {toDouble(xf[0]), toDouble(xf[1])}, batch,
                            layout);
                    float[][] gotF = {new float[c * batch], new float[c * batch]};
                    ButterflyOperator.of(chain).applyAdjoint(xf[0], xf[1], gotF[0], gotF[1], batch, layout);
                    assertClose(wantF, new double[][] {toDouble(gotF[0]), toDouble(gotF[1])}, 1e-5,
                            "float adjoint " + chain.factors() + " batch " + batch + " " + layout);
                    assertTrue(java.util.Arrays.equals(keepF, xf[1]), "the float input is left as it was");
                }
            }
        }
        ButterflyOperator op = ButterflyOperator.of(Chains.standard(new Random(3), 8, true, false, false));
        assertThrows(IllegalArgumentException.class, () -> op.applyAdjoint(new double[8], null, new double[8],
                new double[8], 1, BatchLayout.BATCH_INNER));
        assertThrows(IllegalArgumentException.class, () -> op.applyAdjoint(new double[8], new double[8],
                new double[8], new double[8], 0, BatchLayout.BATCH_INNER));
        assertThrows(IllegalArgumentException.class, () -> op.applyAdjoint(new float[8], new float[8],
                new float[8], null, 1, BatchLayout.BATCH_INNER));
    }

    /**
     * The scratch is reused without clearing (ThreadScratch: batch blocks, and the double copies of
     * a float single vector at batch 1): fill it with NaN first, so that a stage reading a region
     * nobody wrote in this call shows up as NaN in the product.
     */
    @Test
    void threadScratchIsWrittenBeforeItIsRead() {
        for (ButterflyChain chain : realAndComplexCases(19)) {
            double[][] dense = Chains.dense(chain);
            ButterflyOperator op = ButterflyOperator.of(chain).withThreads(1);
            Random rnd = new Random(3);
            for (int batch : new int[] {1, 2, 9, 33}) {
                for (BatchLayout layout : BatchLayout.values()) {
                    for (int slot = 0; slot < 8; slot++) {
                        java.util.Arrays.fill(ThreadScratch.doubles(slot, 1 << 16), Double.NaN);
                        java.util.Arrays.fill(ThreadScratch.floats(slot, 1 << 16), Float.NaN);
                    }
                    double[][] x = randomComplex(rnd, chain.cols() * batch);
                    double[][] want = denseApply(dense, chain.rows(), chain.cols(), x, batch, layout);
                    double[][] got = {new double[chain.rows() * batch], new double[chain.rows() * batch]};
                    op.apply(x[0], x[1], got[0], got[1], batch, layout);
                    String what = chain.factors() + " batch " + batch + " " + layout;
                    assertClose(want, got, 1e-12, "scratch " + what);
                    float[][] xf = {toFloat(x[0]), toFloat(x[1])};
                    double[][] wantF = denseApply(dense, chain.rows(), chain.cols(),
                            new double[][] {toDouble(xf[0]), toDouble(xf[1])}, batch, layout);
                    float[][] gotF = {new float[chain.rows() * batch], new float[chain.rows() * batch]};
                    op.apply(xf[0], xf[1], gotF[0], gotF[1], batch, layout);
                    assertClose(wantF, new double[][] {toDouble(gotF[0]), toDouble(gotF[1])}, 1e-5,
                            "float scratch " + what);
                }
            }
        }
    }

    @Test
    void inPlaceAndParallelGiveTheSameResult() {
        Random rnd = new Random(21);
        ButterflyChain chain = Chains.standard(rnd, 1024, false, false, true);
        ButterflyOperator op = ButterflyOperator.of(chain);
        int batch = 203; // several blocks and a ragged last block, enough work to go parallel
        double[] x = randomComplex(rnd, 1024 * batch)[0];
        for (BatchLayout layout : BatchLayout.values()) {
            double[] sequential = new double[x.length];
            op.withThreads(1).apply(x, sequential, batch, layout);
            double[] inPlace = x.clone();
            op.apply(inPlace, inPlace, batch, layout);
            assertClose(new double[][] {sequential}, new double[][] {inPlace}, 0, "in place, parallel " + layout);
            double[] scalar = new double[x.length];
            op.scalar().apply(x, scalar, batch, layout);
            assertClose(new double[][] {scalar}, new double[][] {sequential}, 1e-12, "scalar vs simd " + layout);
            // the batch runs in cache-sized passes over cosets of rows; a single vector in one pass
            for (int k : new int[] {0, 1, 101, batch - 1}) {
                double[] column = new double[1024];
                double[] got = new double[1024];
                for (int i = 0; i < 1024; i++) {
                    column[i] = layout == BatchLayout.BATCH_INNER ? x[i * batch + k] : x[k * 1024 + i];
                    got[i] = layout == BatchLayout.BATCH_INNER ? sequential[i * batch + k] : sequential[k * 1024 + i];
                }
                assertClose(new double[][] {op.apply(column)}, new double[][] {got}, 1e-12, "column " + k + " " + layout);
            }
        }
        double[] v = x.clone();
        double[] want = op.apply(java.util.Arrays.copyOf(x, 1024));
        op.apply(v, v);
        assertClose(new double[][] {want}, new double[][] {java.util.Arrays.copyOf(v, 1024)}, 0, "single vector in place");
    }

    @Test
    void unitColumnRewriteLeavesOnlyTheLastLevelGeneral() {
        ButterflyChain chain = Chains.standard(new Random(3), 64, false, false, false);
        List<ButterflyFactor> order = new ArrayList<>(chain.factors());
        java.util.Collections.reverse(order);
        List<Stage> plan = Stage.plan(order);
        assertEquals(3, plan.size());
        for (Stage st : plan) {
            boolean last = st == plan.get(plan.size() - 1);
            assertTrue(st.unit, "first level of every radix-4 stage is unit");
            assertEquals(!last, st.unit2, "only the very last level keeps a general first column");
        }
        // the DFT's levels have first columns (1, 1) already, and keep one shared block each
        List<ButterflyFactor> dft = Targets.dftButterflyChain(64).factors();
        for (Stage st : Stage.plan(List.of(dft.get(1), dft.get(2)))) {
            assertTrue(st.unit && st.unit2 && st.as == 0 && st.as2 == 0, "DFT levels unit and shared");
        }
    }

    @Test
    void zeroTinyAndScaledPivotsKeepTheProductExact() {
        for (boolean cplx : new boolean[] {false, true}) {
            for (int n : new int[] {16, 64, 256}) {
                ButterflyChain chain = Chains.awkwardPivots(new Random(n), n, cplx);
                double[][] dense = Chains.dense(chain);
                Random rnd = new Random(n + 1);
                for (int batch : new int[] {1, 9, 64}) {
                    double[][] x = randomComplex(rnd, n * batch);
                    double[][] want = denseApply(dense, n, n, x, batch, BatchLayout.BATCH_INNER);
                    for (Kernels k : new Kernels[] {Kernels.best(), Kernels.scalar()}) {
                        double[][] got = {new double[n * batch], new double[n * batch]};
                        ButterflyOperator.of(chain, k).apply(x[0], x[1], got[0], got[1], batch, BatchLayout.BATCH_INNER);
                        assertClose(want, got, 1e-12, k.name() + " awkward pivots n=" + n + " complex " + cplx
                                + " batch " + batch);
                    }
                }
            }
        }
    }

    @Test
    void fusesNeighbouringLevels() {
        ButterflyChain chain = Chains.standard(new Random(1), 1 << 10, false, false, false);
        assertEquals(5, ButterflyOperator.of(chain).stageCount(), "10 levels fuse into 5 radix-4 passes");
        assertEquals(6L * 512 * 10, ButterflyOperator.of(chain).flopsPerVector());
    }

    @Test
    void rejectsWrongShapes() {
        ButterflyOperator op = ButterflyOperator.of(Chains.standard(new Random(2), 8, false, false, false));
        assertThrows(IllegalArgumentException.class, () -> op.apply(new double[7]));
        assertThrows(IllegalArgumentException.class, () -> op.apply(new double[16], new double[8], 2, BatchLayout.COLUMN_MAJOR));
        ButterflyOperator cop = ButterflyOperator.of(Chains.standard(new Random(2), 8, true, false, false));
        assertThrows(IllegalStateException.class, () -> cop.apply(new double[8]));
    }

    @Test
    void dftButterflyMatchesDirectDft() {
        for (int n : new int[] {2, 4, 8, 16, 64, 256, 1024}) {
            ButterflyChain dft = Targets.dftButterflyChain(n);
            Random rnd = new Random(n);
            for (int batch : new int[] {1, 3, 16}) {
                double[][] x = randomComplex(rnd, n * batch);
                double[][] want = directDft(x, n, batch);
                for (Kernels k : new Kernels[] {Kernels.best(), Kernels.scalar()}) {
                    double[][] got = {new double[n * batch], new double[n * batch]};
                    ButterflyOperator.of(dft, k).apply(x[0], x[1], got[0], got[1], batch, BatchLayout.COLUMN_MAJOR);
                    assertClose(want, got, 1e-12, k.name() + " DFT n=" + n + " batch " + batch);
                }
            }
        }
    }

    /** The c x r transpose of a dense r x c split complex matrix, conjugated if asked. */
    private static double[][] denseTranspose(double[][] a, int r, int c, boolean conjugate) {
        double[][] t = {new double[r * c], new double[r * c]};
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                t[0][j * r + i] = a[0][i * c + j];
                t[1][j * r + i] = conjugate ? -a[1][i * c + j] : a[1][i * c + j];
            }
        }
        return t;
    }

    private static double[][] directDft(double[][] x, int n, int batch) {
        double[][] y = {new double[n * batch], new double[n * batch]};
        for (int b = 0; b < batch; b++) {
            for (int k = 0; k < n; k++) {
                double sr = 0;
                double si = 0;
                for (int j = 0; j < n; j++) {
                    double ang = -2 * Math.PI * (((long) j * k) % n) / n;
                    double c = Math.cos(ang);
                    double s = Math.sin(ang);
                    sr += x[0][b * n + j] * c - x[1][b * n + j] * s;
                    si += x[0][b * n + j] * s + x[1][b * n + j] * c;
                }
                y[0][b * n + k] = sr;
                y[1][b * n + k] = si;
            }
        }
        return y;
    }

    private static double[][] denseApply(double[][] a, int rows, int cols, double[][] x, int batch, BatchLayout layout) {
        double[][] y = {new double[rows * batch], new double[rows * batch]};
        for (int b = 0; b < batch; b++) {
            for (int i = 0; i < rows; i++) {
                double sr = 0;
                double si = 0;
                for (int j = 0; j < cols; j++) {
                    int xj = layout == BatchLayout.BATCH_INNER ? j * batch + b : b * cols + j;
                    double ar = a[0][i * cols + j];
                    double ai = a[1][i * cols + j];
                    sr += ar * x[0][xj] - ai * x[1][xj];
                    si += ar * x[1][xj] + ai * x[0][xj];
                }
                int yi = layout == BatchLayout.BATCH_INNER ? i * batch + b : b * rows + i;
                y[0][yi] = sr;
                y[1][yi] = si;
            }
        }
        return y;
    }

    private static double[][] randomComplex(Random rnd, int n) {
        double[][] x = {new double[n], new double[n]};
        for (int i = 0; i < n; i++) {
            x[0][i] = rnd.nextGaussian();
            x[1][i] = rnd.nextGaussian();
        }
        return x;
    }

    /** max |got - want| <= tol * max |want| over both parts, with the worst index in the message. */
    private static void assertClose(double[][] want, double[][] got, double tol, String what) {
        double scale = 0;
        double worst = 0;
        int at = -1;
        for (int p = 0; p < want.length; p++) {
            for (int i = 0; i < want[p].length; i++) {
                scale = Math.max(scale, Math.abs(want[p][i]));
                double e = Math.abs(want[p][i] - got[p][i]);
                if (!(e <= worst)) {
                    worst = e;
                    at = i;
                }
            }
        }
        double rel = scale == 0 ? worst : worst / scale;
        assertTrue(rel <= tol, what + ": relative error " + rel + " > " + tol + " at index " + at);
    }

    private static float[] toFloat(double[] v) {
        float[] f = new float[v.length];
        for (int i = 0; i < v.length; i++) f[i] = (float) v[i];
        return f;
    }

    private static double[] toDouble(float[] v) {
        double[] d = new double[v.length];
        for (int i = 0; i < v.length; i++) d[i] = v[i];
        return d;
    }
}
