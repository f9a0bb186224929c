package org.supcert.bench;

import dev.ludovic.netlib.blas.BLAS;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.jtransforms.fft.DoubleFFT_1D;
import org.supcert.numeric.apply.BatchLayout;
import org.supcert.numeric.apply.ButterflyOperator;
import org.supcert.numeric.apply.FmaPeak;
import org.supcert.numeric.targets.Targets;

/**
 * The butterfly apply against its real alternatives, side by side in one process ({@code supcert
 * bench apply}, issue 4 and 15). Contenders per (N, batch): our SIMD apply (all cores, and one
 * core), the same in float, our scalar reference, an optimized BLAS (dgemv / dgemm through
 * dev.ludovic.netlib, which calls the system's libblas.so.3: OpenBLAS where it is installed) with
 * the equivalent dense matrix, our complex DFT butterfly and JTransforms' complex FFT.
 *
 * <p>Times are seconds per apply of the whole batch, the best of repeated runs after a warm-up
 * (warm JIT). Flops: 6 per real 2 x 2 pair per level, 24 per complex pair. "% of peak" divides by
 * the FMA peak measured in the same run ({@link FmaPeak}).
 */
public final class ApplyComparison {
    private ApplyComparison() {}

    /**
     * What to measure.
     *
     * @param seconds minimum time per contender and size after the warm-up
     * @param denseMaxN largest N for the dense contender (N x N doubles must fit)
     * @param peakSeconds time for the peak measurement
     */
    public record Options(int[] sizes, int[] batches, double seconds, int denseMaxN, double peakSeconds) {
        /** Throws an {@link org.supcert.io.InputException} naming the option that is out of range. */
        public Options {
            for (int n : sizes) {
                if (n < 2 || Integer.bitCount(n) != 1 || n > (1 << 22)) {
                    throw org.supcert.io.InputException.of("--n must be powers of two in 2..2^22, got " + n);
                }
            }
            for (int b : batches) {
                if (b < 1 || b > 65536) throw org.supcert.io.InputException.of("--batch must be in 1..65536, got " + b);
                for (int n : sizes) {
                    if ((long) n * b > (1L << 25)) throw org.supcert.io.InputException.of("N x batch above 2^25: " + n + " x " + b);
                }
            }
            if (!(seconds > 0 && seconds <= 60)) throw org.supcert.io.InputException.of("--seconds must be in (0, 60]");
            if (!(peakSeconds > 0 && peakSeconds <= 60)) throw org.supcert.io.InputException.of("peak seconds must be in (0, 60]");
            sizes = sizes.clone();
            batches = batches.clone();
        }
    }

    /** One (N, batch): seconds per apply of the batch; {@code dense} null above the dense limit. */
    public record Row(int n, int batch, double simd, double simd1, double scalar, Double dense, double dft,
            double fft, double gflops, double gflops1, double simdFloat) {}

    /** The rows with what they were measured against. */
    public record Result(List<Row> rows, FmaPeak.Peak peak, String dense, String kernels, int cores) {}

    public static Result run(Options o) {
        FmaPeak.Peak peak = FmaPeak.measure(o.peakSeconds());
        warmUp();
        BLAS blas = BLAS.getInstance();
        List<Row> rows = new ArrayList<>();
        String kernels = "-";
        for (int n : o.sizes()) {
            for (int batch : o.batches()) {
                Random rnd = new Random(1000L * n + batch);
                ButterflyOperator simd = ButterflyOperator.of(Targets.randomButterflyChain(n, rnd.nextLong(), false));
                kernels = simd.kernels();
                rows.add(measure(simd, n, batch, rnd, o, blas));
            }
        }
        return new Result(rows, peak, denseName(blas), kernels, Runtime.getRuntime().availableProcessors());
    }

    /** The BLAS implementation and, for the native one, the library file it loaded. */
    private static String denseName(BLAS blas) {
        String name = blas.getClass().getSimpleName();
        String lib = "";
        try (Stream<String> maps = Files.lines(Path.of("/proc/self/maps"))) {
            lib = maps.map(l -> l.substring(l.lastIndexOf(' ') + 1))
                    .filter(p -> p.contains("blas") && !p.contains("netlibblasjni")).findFirst().orElse("");
        } catch (IOException | RuntimeException e) {
            // not Linux: the class name alone
        }
        return "BLAS dgemv/dgemm via dev.ludovic.netlib " + name + (lib.isEmpty() ? "" : " (" + lib + ")");
    }

    /** Runs every path for a second so that C2 compiles the Vector API kernels before timing. */
    private static void warmUp() {
        Random rnd = new Random(7);
        ButterflyOperator real = ButterflyOperator.of(Targets.randomButterflyChain(1024, rnd.nextLong(), false));
        ButterflyOperator dft = ButterflyOperator.of(Targets.dftButterflyChain(1024));
        ButterflyOperator bigDft = ButterflyOperator.of(Targets.dftButterflyChain(16384));
        double[] b = Chains.gaussian(rnd, 16384);
        double[] bi = Chains.gaussian(rnd, 16384);
        double[] x = Chains.gaussian(rnd, 1024 * 64);
        double[] xi = Chains.gaussian(rnd, 1024 * 64);
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

    private static Row measure(ButterflyOperator simd, int n, int batch, Random rnd, Options o, BLAS blas) {
        ButterflyOperator simd1 = simd.withThreads(1);
        ButterflyOperator scalar = simd.scalar();
        double[] x = Chains.gaussian(rnd, n * batch);
        double[] y = new double[n * batch];
        double s = o.seconds();
        double tSimd = best(() -> simd.apply(x, y, batch, BatchLayout.BATCH_INNER), s);
        double tSimd1 = best(() -> simd1.apply(x, y, batch, BatchLayout.BATCH_INNER), s);
        double tScalar = best(() -> scalar.apply(x, y, batch, BatchLayout.BATCH_INNER), s);
        float[] xf = new float[n * batch];
        for (int i = 0; i < xf.length; i++) xf[i] = (float) x[i];
        float[] yf = new float[n * batch];
        double tFloat = best(() -> simd.apply(xf, yf, batch, BatchLayout.BATCH_INNER), s);
        Double tDense = null;
        if (n <= o.denseMaxN()) {
            // the equivalent dense matrix A, row-major: the operator applied to the identity
            double[] eye = new double[n * n];
            for (int i = 0; i < n; i++) eye[i * n + i] = 1;
            double[] a = new double[n * n];
            simd.apply(eye, a, n, BatchLayout.BATCH_INNER);
            eye = null;
            double[] bx = x.clone(), by = new double[n * batch];
            // row-major Y = A X is column-major Y^T = X^T A^T: BLAS sees (batch x n) (n x n)
            tDense = batch == 1
                    ? best(() -> blas.dgemv("T", n, n, 1, a, n, bx, 1, 0, by, 1), s)
                    : best(() -> blas.dgemm("N", "N", batch, n, n, 1, bx, batch, a, n, 0, by, batch), s);
        }
        ButterflyOperator dft = ButterflyOperator.of(Targets.dftButterflyChain(n));
        double[] xi = Chains.gaussian(rnd, n * batch);
        double[] yi = new double[n * batch];
        double tDft = best(() -> dft.apply(x, xi, y, yi, batch, BatchLayout.BATCH_INNER), s);
        DoubleFFT_1D fft = new DoubleFFT_1D(n);
        double[] inter = new double[2 * n * batch];
        for (int i = 0; i < n * batch; i++) {
            inter[2 * i] = x[i];
            inter[2 * i + 1] = xi[i];
        }
        double[] work = inter.clone();
        // JTransforms works in place: each run starts from a copy of the input (counted in its time,
        // as our out-of-place apply counts its own copy), so repeated runs never overflow
        double tFft = best(() -> {
            System.arraycopy(inter, 0, work, 0, inter.length);
            for (int k = 0; k < batch; k++) fft.complexForward(work, 2 * n * k);
        }, s);
        double flops = (double) simd.flopsPerVector() * batch;
        return new Row(n, batch, tSimd, tSimd1, tScalar, tDense, tDft, tFft, flops / tSimd / 1e9, flops / tSimd1 / 1e9,
                tFloat);
    }

    /**
     * Best time of repeated runs, in windows of at least 3 runs and {@code seconds} each, until a
     * third or later window no longer improves the best by 5% (at most 8): C2 needs thousands of
     * calls before the Vector API kernels are compiled, seconds when other processes share the cores.
     */
    static double best(Runnable r, double seconds) {
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

    /** The table {@code supcert bench apply} prints. */
    public static String table(Result r) {
        StringBuilder sb = new StringBuilder();
        FmaPeak.Peak p = r.peak();
        sb.append(String.format(Locale.US, "butterfly apply, seconds per apply of the batch: best of repeated runs after"
                + " warm-up (warm JIT); kernels: %s; %d cores%n", r.kernels(), r.cores()));
        sb.append(String.format(Locale.US, "peak measured in this run (%s FMA chains on registers): %.1f GFLOP/s one"
                + " core, %.1f GFLOP/s %d cores; flops: 6 per real 2x2 pair per level, 24 per complex pair%n",
                p.kernel(), p.oneCore(), p.allCores(), p.threads()));
        sb.append("dense: ").append(r.dense()).append(", the operator's dense matrix\n");
        sb.append(String.format(Locale.US, "%7s %6s %10s %10s %10s %10s %10s %10s %10s %7s %6s %7s %6s %9s %9s %8s %8s%n",
                "n", "batch", "simd", "simd 1c", "float", "scalar", "dense", "dft bfly", "fft", "GFLOP/s", "%peak",
                "GF 1c", "%pk 1c", "simd/sc", "dense/si", "dft/fft", "2c/1c"));
        for (Row x : r.rows()) {
            sb.append(String.format(Locale.US,
                    "%7d %6d %10.3e %10.3e %10.3e %10.3e %10s %10.3e %10.3e %7.1f %5.0f%% %7.1f %5.0f%% %8.1fx %9s"
                            + " %7.2fx %7.2fx%n",
                    x.n(), x.batch(), x.simd(), x.simd1(), x.simdFloat(), x.scalar(),
                    x.dense() == null ? "-" : String.format(Locale.US, "%10.3e", x.dense()), x.dft(), x.fft(),
                    x.gflops(), 100 * x.gflops() / p.allCores(), x.gflops1(), 100 * x.gflops1() / p.oneCore(),
                    x.scalar() / x.simd(),
                    x.dense() == null ? "-" : String.format(Locale.US, "%8.1fx", x.dense() / x.simd()),
                    x.dft() / x.fft(), x.simd1() / x.simd()));
        }
        return sb.toString();
    }

    /** The JSON document of {@code bench apply --json} (one line). */
    public static String json(Result r) {
        FmaPeak.Peak p = r.peak();
        StringBuilder sb = new StringBuilder();
        sb.append("{\"timing\":\"best of repeated runs after warm-up (warm JIT)\"")
                .append(",\"peak_gflops\":").append(num(p.oneCore()))
                .append(",\"peak_gflops_all_cores\":").append(num(p.allCores()))
                .append(",\"peak_kernel\":\"").append(p.kernel()).append('"')
                .append(",\"cores\":").append(r.cores())
                .append(",\"dense\":\"").append(r.dense().replace("\\", "\\\\").replace("\"", "\\\"")).append('"')
                .append(",\"flops\":\"6 per real 2x2 pair per level, 24 per complex pair\",\"results\":[");
        for (int i = 0; i < r.rows().size(); i++) {
            Row x = r.rows().get(i);
            if (i > 0) sb.append(',');
            sb.append("{\"n\":").append(x.n()).append(",\"batch\":").append(x.batch())
                    .append(",\"simd\":").append(num(x.simd()))
                    .append(",\"scalar\":").append(num(x.scalar()))
                    .append(",\"dense\":").append(x.dense() == null ? "null" : num(x.dense()))
                    .append(",\"fft\":").append(num(x.fft()))
                    .append(",\"gflops\":").append(num(x.gflops()))
                    .append(",\"simd_1core\":").append(num(x.simd1()))
                    .append(",\"gflops_1core\":").append(num(x.gflops1()))
                    .append(",\"simd_float\":").append(num(x.simdFloat()))
                    .append(",\"dft_butterfly\":").append(num(x.dft()))
                    .append('}');
        }
        return sb.append("]}").toString();
    }

    private static String num(double v) {
        return String.format(Locale.US, "%.4g", v);
    }
}
