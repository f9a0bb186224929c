package org.supcert.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.CommonOps_MT_DDRM;
import org.jtransforms.fft.DoubleFFT_1D;
import org.supcert.numeric.apply.BatchLayout;
import org.supcert.numeric.apply.ButterflyOperator;
import org.supcert.numeric.butterfly.ButterflyChain;
import org.supcert.numeric.targets.Targets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * supcert bench apply: the butterfly apply against its real alternatives, side by side in one run
 * (issue 4). Contenders per (N, batch): our SIMD apply (all cores, and one core), the same in
 * float, our scalar reference, EJML dense GEMV/GEMM with the equivalent dense matrix (both cores,
 * only up to --dense-max-n), our complex DFT butterfly and JTransforms' complex FFT of the same batch.
 * Times are seconds per apply of the whole batch, best of the repeats after a warm-up. Flops: 6 per
 * real 2 x 2 pair per level (N/2 pairs, log2 N levels), 24 per complex pair; peak = 80 GFLOP/s,
 * the best one-core DGEMM of this machine (docs/bench-anchors.md).
 */
@Command(name = "apply", mixinStandardHelpOptions = true,
        description = "Time the butterfly apply (SIMD, scalar) against EJML dense products and JTransforms' FFT.")
final class BenchApplyCommand implements Callable<Integer> {
    /** One core's double-precision peak on the project machine (docs/bench-anchors.md). */
    static final double PEAK_GFLOPS = 80;

    @Option(names = "--n", split = ",", defaultValue = "1024,4096,16384,65536",
            description = "Sizes N, powers of two (default ${DEFAULT-VALUE}).")
    int[] sizes;

    @Option(names = "--batch", split = ",", defaultValue = "1,256", description = "Batch sizes (default ${DEFAULT-VALUE}).")
    int[] batches;

    @Option(names = "--json", description = "Print one JSON document instead of the table.")
    boolean json;

    @Option(names = "--seconds", defaultValue = "0.4",
            description = "Minimum time per contender and size, after warm-up (default ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--dense-max-n", defaultValue = "8192",
            description = "Largest N for the dense contender (N x N doubles must fit; default ${DEFAULT-VALUE}).")
    int denseMaxN;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        for (int n : sizes) {
            if (n < 2 || Integer.bitCount(n) != 1 || n > (1 << 22)) {
                throw new IllegalArgumentException("--n must be powers of two in 2..2^22, got " + n);
            }
        }
        for (int b : batches) {
            if (b < 1 || b > 65536) throw new IllegalArgumentException("--batch must be in 1..65536, got " + b);
        }
        if (!(seconds > 0 && seconds <= 60)) throw new IllegalArgumentException("--seconds must be in (0, 60]");
        PrintWriter out = spec.commandLine().getOut();
        warmUp();
        List<Row> rows = new ArrayList<>();
        for (int n : sizes) {
            for (int batch : batches) {
                if ((long) n * batch > (1L << 25)) throw new IllegalArgumentException("N x batch above 2^25: " + n + " x " + batch);
                rows.add(measure(n, batch));
            }
        }
        if (json) {
            printJson(out, rows);
        } else {
            printTable(out, rows);
        }
        out.flush();
        return ExitCodes.OK;
    }

    record Row(int n, int batch, String kernels, double simd, double simd1, double scalar, Double dense, double dft,
            double fft, double gflops, double gflops1, double simdFloat) {}

    /** Runs every path a few thousand times so that C2 compiles the Vector API kernels before timing. */
    private static void warmUp() {
        Random rnd = new Random(7);
        ButterflyOperator real = ButterflyOperator.of(Targets.randomButterflyChain(1024, rnd.nextLong(), false));
        ButterflyOperator dft = ButterflyOperator.of(Targets.dftButterflyChain(1024));
        ButterflyOperator bigDft = ButterflyOperator.of(Targets.dftButterflyChain(16384));
        double[] b = gaussian(rnd, 16384);
        double[] bi = gaussian(rnd, 16384);
        double[] x = gaussian(rnd, 1024 * 64);
        double[] xi = gaussian(rnd, 1024 * 64);
        double[] y = new double[x.length];
        double[] yi = new double[x.length];
        double[] v = Arrays.copyOf(x, 1024);
        double[] vi = Arrays.copyOf(xi, 1024);
        double[] w = new double[1024];
        double[] wi = new double[1024];
        float[] xf = new float[x.length];
        for (int i = 0; i < xf.length; i++) xf[i] = (float) x[i];
        float[] yf = new float[x.length];
        // complex, float, double: the order that measured well on JDK 17 even before VectorKernels
        // started using the complex kernels first (see VectorKernels.useComplexFirst)
        List<Runnable> paths = List.of(
                () -> dft.withThreads(1).apply(x, xi, y, yi, 64, BatchLayout.BATCH_INNER),
                () -> dft.apply(v, vi, w, wi),
                () -> bigDft.apply(b, bi, b, bi), // long loops: their own (OSR) compilations
                () -> real.withThreads(1).apply(xf, yf, 64, BatchLayout.BATCH_INNER),
                () -> real.withThreads(1).apply(x, y, 64, BatchLayout.BATCH_INNER),
                () -> real.apply(v, w));
        for (Runnable p : paths) {
            long end = System.nanoTime() + 1_000_000_000L;
            while (System.nanoTime() < end) p.run();
        }
    }

    private Row measure(int n, int batch) {
        Random rnd = new Random(1000L * n + batch);
        ButterflyChain chain = Targets.randomButterflyChain(n, rnd.nextLong(), false);
        ButterflyOperator simd = ButterflyOperator.of(chain);
        ButterflyOperator simd1 = simd.withThreads(1);
        ButterflyOperator scalar = simd.scalar();
        double[] x = gaussian(rnd, n * batch);
        double[] y = new double[n * batch];
        double tSimd = time(() -> simd.apply(x, y, batch, BatchLayout.BATCH_INNER));
        double tSimd1 = time(() -> simd1.apply(x, y, batch, BatchLayout.BATCH_INNER));
        double tScalar = time(() -> scalar.apply(x, y, batch, BatchLayout.BATCH_INNER));
        float[] xf = new float[n * batch];
        for (int i = 0; i < xf.length; i++) xf[i] = (float) x[i];
        float[] yf = new float[n * batch];
        double tFloat = time(() -> simd.apply(xf, yf, batch, BatchLayout.BATCH_INNER));
        Double tDense = null;
        if (n <= denseMaxN) {
            // the equivalent dense matrix: A applied to the identity, row-major (batch-inner, batch = N)
            double[] eye = new double[n * n];
            for (int i = 0; i < n; i++) eye[i * n + i] = 1;
            double[] dense = new double[n * n];
            simd.apply(eye, dense, n, BatchLayout.BATCH_INNER);
            eye = null;
            DMatrixRMaj a = DMatrixRMaj.wrap(n, n, dense);
            DMatrixRMaj bx = DMatrixRMaj.wrap(n, batch, x.clone());
            DMatrixRMaj by = new DMatrixRMaj(n, batch);
            tDense = batch == 1 ? time(() -> CommonOps_DDRM.mult(a, bx, by)) : time(() -> CommonOps_MT_DDRM.mult(a, bx, by));
        }
        ButterflyOperator dft = ButterflyOperator.of(Targets.dftButterflyChain(n));
        double[] xi = gaussian(rnd, n * batch);
        double[] yi = new double[n * batch];
        double tDft = time(() -> dft.apply(x, xi, y, yi, batch, BatchLayout.BATCH_INNER));
        DoubleFFT_1D fft = new DoubleFFT_1D(n);
        double[] inter = new double[2 * n * batch];
        for (int i = 0; i < n * batch; i++) {
            inter[2 * i] = x[i];
            inter[2 * i + 1] = xi[i];
        }
        double[] work = inter.clone();
        // JTransforms works in place: each run starts from a copy of the input (counted in its time,
        // as our out-of-place apply counts its own copy), so repeated runs never overflow
        double tFft = time(() -> {
            System.arraycopy(inter, 0, work, 0, inter.length);
            for (int k = 0; k < batch; k++) fft.complexForward(work, 2 * n * k);
        });
        double gflops = (double) simd.flopsPerVector() * batch / tSimd / 1e9;
        double gflops1 = (double) simd.flopsPerVector() * batch / tSimd1 / 1e9;
        return new Row(n, batch, simd.kernels(), tSimd, tSimd1, tScalar, tDense, tDft, tFft, gflops, gflops1, tFloat);
    }

    /**
     * Best time of repeated runs, in windows of at least 3 runs and {@code seconds} each, until a
     * third or later window no longer improves the best by 5% (at most 8): C2 needs thousands of
     * calls before the Vector API kernels are compiled, seconds when other processes share the cores.
     */
    private double time(Runnable r) {
        r.run();
        double best = Double.MAX_VALUE;
        for (int window = 0; window < 8; window++) {
            double b = Double.MAX_VALUE;
            long start = System.nanoTime();
            for (int runs = 0; runs < 3 || System.nanoTime() - start < seconds * 1e9; runs++) {
                long t = System.nanoTime();
                r.run();
                b = Math.min(b, (System.nanoTime() - t) / 1e9);
            }
            boolean settled = window > 1 && b > 0.95 * best;
            best = Math.min(best, b);
            if (settled) break;
        }
        return best;
    }


    private static double[] gaussian(Random rnd, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = rnd.nextGaussian();
        return v;
    }

    private static void printTable(PrintWriter out, List<Row> rows) {
        out.printf(Locale.ROOT, "butterfly apply, seconds per apply of the batch (best of repeats); kernels: %s; %d cores%n",
                rows.isEmpty() ? "-" : rows.get(0).kernels(), Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "flops: 6 per real 2x2 pair per level, 24 per complex pair; peak %.0f GFLOP/s (one core, docs/bench-anchors.md)%n",
                PEAK_GFLOPS);
        out.printf(Locale.ROOT, "%7s %6s %10s %10s %10s %10s %10s %10s %10s %7s %6s %7s %6s %9s %9s %8s %8s%n", "n",
                "batch", "simd", "simd 1c", "float", "scalar", "dense", "dft bfly", "fft", "GFLOP/s", "%peak", "GF 1c",
                "%pk 1c", "simd/sc", "dense/si", "dft/fft", "2c/1c");
        for (Row r : rows) {
            out.printf(Locale.ROOT,
                    "%7d %6d %10.3e %10.3e %10.3e %10.3e %10s %10.3e %10.3e %7.1f %5.0f%% %7.1f %5.0f%% %8.1fx %9s %7.2fx"
                            + " %7.2fx%n",
                    r.n(), r.batch(), r.simd(), r.simd1(), r.simdFloat(), r.scalar(),
                    r.dense() == null ? "-" : String.format(Locale.ROOT, "%10.3e", r.dense()), r.dft(), r.fft(),
                    r.gflops(), 100 * r.gflops() / PEAK_GFLOPS, r.gflops1(), 100 * r.gflops1() / PEAK_GFLOPS,
                    r.scalar() / r.simd(),
                    r.dense() == null ? "-" : String.format(Locale.ROOT, "%8.1fx", r.dense() / r.simd()),
                    r.dft() / r.fft(), r.simd1() / r.simd());
        }
    }

    private static void printJson(PrintWriter out, List<Row> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append("{\"peak_gflops\":").append(num(PEAK_GFLOPS))
                .append(",\"flops\":\"6 per real 2x2 pair per level, 24 per complex pair\",\"results\":[");
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (i > 0) sb.append(',');
            sb.append("{\"n\":").append(r.n()).append(",\"batch\":").append(r.batch())
                    .append(",\"simd\":").append(num(r.simd()))
                    .append(",\"scalar\":").append(num(r.scalar()))
                    .append(",\"dense\":").append(r.dense() == null ? "null" : num(r.dense()))
                    .append(",\"fft\":").append(num(r.fft()))
                    .append(",\"gflops\":").append(num(r.gflops()))
                    .append(",\"simd_1core\":").append(num(r.simd1()))
                    .append(",\"gflops_1core\":").append(num(r.gflops1()))
                    .append(",\"simd_float\":").append(num(r.simdFloat()))
                    .append(",\"dft_butterfly\":").append(num(r.dft()))
                    .append('}');
        }
        sb.append("]}");
        out.println(sb);
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
