package org.supcert.numeric.apply;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The machine's double-precision peak, measured in the running process: independent chains of
 * fused multiply-adds on registers (the Vector API's preferred shape when the module is present,
 * else scalar {@link Math#fma}), no memory traffic. Benchmarks divide by this number for their
 * "% of peak", so that the percentage means the same on every machine and every day.
 */
public final class FmaPeak {
    private FmaPeak() {}

    /**
     * The measured peak.
     *
     * @param oneCore GFLOP/s of one thread
     * @param allCores GFLOP/s of {@code threads} threads at once
     * @param threads the available processors
     * @param kernel "vector NNN-bit" or "scalar" (what the SIMD kernels of this process can use)
     */
    public record Peak(double oneCore, double allCores, int threads, String kernel) {}

    /** Chains of one kernel call: the FMA latency (4 cycles) times its two ports, and some slack. */
    static final int CHAINS = 12;

    /** Measures for about {@code seconds} in all (a third warms up, a third per thread count). */
    public static Peak measure(double seconds) {
        Chains k = chains();
        long window = (long) (seconds / 9 * 1e9);
        long warm = System.nanoTime() + 3 * window;
        while (System.nanoTime() < warm) k.run(10_000);
        double one = best(k, 1, window);
        int threads = Runtime.getRuntime().availableProcessors();
        double all = threads == 1 ? one : best(k, threads, window);
        return new Peak(one, all, threads, k.name());
    }

    /** Best GFLOP/s of {@code threads} threads running the chains together, over three windows. */
    private static double best(Chains k, int threads, long window) {
        long iterations = 1_000_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "fma-peak");
            t.setDaemon(true);
            return t;
        });
        try {
            double best = 0;
            for (int w = 0; w < 3; w++) {
                long end = System.nanoTime() + window;
                while (System.nanoTime() < end) {
                    List<Callable<Double>> jobs = new ArrayList<>();
                    for (int t = 0; t < threads; t++) jobs.add(() -> k.run(iterations));
                    long t0 = System.nanoTime();
                    double sink = 0;
                    for (Future<Double> f : pool.invokeAll(jobs)) sink += f.get();
                    double s = (System.nanoTime() - t0) * 1e-9;
                    if (sink == 42) s += 1e-9; // keeps the results live
                    best = Math.max(best, (double) threads * iterations * CHAINS * 2 * k.lanes() / s / 1e9);
                }
            }
            return best;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while measuring the FMA peak", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("FMA peak measurement failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** One kernel: {@code run(n)} does n steps of {@link #CHAINS} FMAs on {@code lanes} lanes each. */
    interface Chains {
        double run(long n);

        int lanes();

        String name();
    }

    private static Chains chains() {
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()) {
            try {
                return (Chains) Class.forName("org.supcert.numeric.apply.VectorFmaChains")
                        .getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException | LinkageError e) {
                // the scalar chains below
            }
        }
        return new ScalarChains();
    }

    /** Scalar FMA chains: x <- x m + c converges to c / (1 - m), never overflows or goes subnormal. */
    static final class ScalarChains implements Chains {
        @Override
        public double run(long n) {
            double m = 0.999_999, c = 1e-6;
            double a0 = 1, a1 = 2, a2 = 3, a3 = 4, a4 = 5, a5 = 6, a6 = 7, a7 = 8, a8 = 9, a9 = 10, a10 = 11, a11 = 12;
            for (long i = 0; i < n; i++) { // unrolled on purpose: twelve independent chains in registers
                a0 = Math.fma(a0, m, c);
                a1 = Math.fma(a1, m, c);
                a2 = Math.fma(a2, m, c);
                a3 = Math.fma(a3, m, c);
                a4 = Math.fma(a4, m, c);
                a5 = Math.fma(a5, m, c);
                a6 = Math.fma(a6, m, c);
                a7 = Math.fma(a7, m, c);
                a8 = Math.fma(a8, m, c);
                a9 = Math.fma(a9, m, c);
                a10 = Math.fma(a10, m, c);
                a11 = Math.fma(a11, m, c);
            }
            return a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + a10 + a11;
        }

        @Override
        public int lanes() { return 1; }

        @Override
        public String name() { return "scalar"; }
    }
}
