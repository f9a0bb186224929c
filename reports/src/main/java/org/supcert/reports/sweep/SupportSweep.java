package org.supcert.reports.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.supcert.support.Mask;
import org.supcert.support.SupportChain;
import org.supcert.certificate.NamedResult;
import org.supcert.verifier.Status;
import org.supcert.verifier.Verdict;
import org.supcert.verifier.Verifier;
import org.supcert.verifier.VerifierOptions;

/**
 * Runs a sweep on a fixed thread pool: samples are cut into chunks, each sample is generated from its
 * own seed and verified, and its verdict stored at its index; the counts are summed afterwards in
 * index order. So the table is the same for any thread count (unless a sample hits the per-sample
 * wall-clock safety net, which the table then shows as UNKNOWN: every other limit counts work).
 *
 * <p>Z3 is off: a NOT CLOSED verdict rests on the corner certificate's exact determinant proof and
 * the exact rational curve check, both still run for every certificate (docs/theory.md#section-5); a CLOSED
 * one on the theorems and the exactly re-checked Theorem S and linearization certificates.
 */
public final class SupportSweep {
    /** Samples per task (the spark module's partitions hold whole chunks). */
    public static final int CHUNK = 64;

    private SupportSweep() {}

    /** Verifier options of a sweep sample: the time-out, no Z3 (the exact proofs still run). */
    public static VerifierOptions options(long timeoutMillis) {
        return VerifierOptions.solverFree(timeoutMillis);
    }

    /**
     * One sample's support in product order, drawn from the sample's own generator output layer
     * first: M2 (o x h) then M1 (h x d) for d,h,o; M_L ... M_1 for a deeper network.
     */
    public static SupportChain sample(SweepSpec spec, int densityIndex, int sampleIndex) {
        SplittableRandom rnd = new SplittableRandom(spec.sampleSeed(densityIndex, sampleIndex));
        double p = spec.densities()[densityIndex];
        int[] w = spec.widths();
        List<Mask> factors = new ArrayList<>(w.length - 1);
        for (int l = w.length - 1; l >= 1; l--) factors.add(random(w[l], w[l - 1], p, rnd));
        return new SupportChain("sweep-" + densityIndex + "-" + sampleIndex, factors);
    }

    /**
     * Runs the sweep.
     *
     * @param progress called with the number of samples done so far (from worker threads), or null
     */
    public static SweepTable run(SweepSpec spec, int threads, long timeoutMillis, IntConsumer progress) {
        if (threads < 1) throw org.supcert.io.InputException.of("--threads " + threads + " must be >= 1");
        long start = System.nanoTime();
        byte[] status = new byte[spec.total()];
        byte[] result = new byte[spec.total()];
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "supcert-sweep");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> tasks = new ArrayList<>();
            for (int from = 0; from < spec.total(); from += CHUNK) {
                int lo = from;
                int hi = Math.min(spec.total(), from + CHUNK);
                tasks.add(pool.submit(() -> {
                    byte[] st = new byte[hi - lo];
                    byte[] re = new byte[hi - lo];
                    verify(spec, lo, hi, timeoutMillis, st, re);
                    System.arraycopy(st, 0, status, lo, hi - lo);
                    System.arraycopy(re, 0, result, lo, hi - lo);
                    int now = done.addAndGet(hi - lo);
                    if (progress != null) progress.accept(now);
                }));
            }
            for (Future<?> f : tasks) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("sweep interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) throw re;
            throw new IllegalStateException(c);
        } finally {
            pool.shutdownNow();
        }
        return table(spec, status, result, (System.nanoTime() - start) / 1e9, threads);
    }

    /**
     * Verifies the samples with flat indices [lo, hi) (index = density index x samples + sample index)
     * and stores each verdict's status and deciding result ordinals at {@code index - lo}. Other
     * schedulers (the spark module) call this on their own slices: the verdicts depend only on the
     * spec and the index.
     */
    public static void verify(SweepSpec spec, int lo, int hi, long timeoutMillis, byte[] status, byte[] result) {
        if (lo < 0 || hi > spec.total() || lo > hi) throw new IllegalArgumentException("samples [" + lo + ", " + hi + ") not in the sweep");
        int samples = spec.samples();
        Verifier verifier = new Verifier(options(timeoutMillis));
        for (int k = lo; k < hi; k++) {
            Verdict v = verifier.verify(sample(spec, k / samples, k % samples));
            status[k - lo] = (byte) v.status().ordinal();
            result[k - lo] = (byte) v.result().ordinal();
        }
    }

    /**
     * The table of a finished sweep from every sample's status and result ordinals in flat index order.
     *
     * @param seconds wall time, and {@code workers} the threads or tasks run at once (shown, not in the CSV)
     */
    public static SweepTable table(SweepSpec spec, byte[] status, byte[] result, double seconds, int workers) {
        if (status.length != spec.total() || result.length != spec.total()) {
            throw new IllegalArgumentException(status.length + " results for a sweep of " + spec.total() + " samples");
        }
        int samples = spec.samples();
        long[][] byStatus = new long[spec.densities().length][Status.values().length];
        long[][] byResult = new long[spec.densities().length][NamedResult.values().length];
        for (int k = 0; k < spec.total(); k++) {
            byStatus[k / samples][status[k]]++;
            byResult[k / samples][result[k]]++;
        }
        return new SweepTable(spec, byStatus, byResult, seconds, workers);
    }

    private static Mask random(int rows, int cols, double p, SplittableRandom rnd) {
        Mask.Builder b = new Mask.Builder(rows, cols);
        for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) if (rnd.nextDouble() < p) b.set(i, j);
        return b.build();
    }
}
