package org.supcert.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.supcert.io.InputException;
import org.supcert.support.SupportChain;
import org.supcert.support.families.FamilySpec;
import org.supcert.verifier.Verdict;
import org.supcert.verifier.Verifier;
import org.supcert.verifier.VerifierOptions;

/**
 * The verifier's speed targets ({@code supcert bench verify}, README "Performance"): all two-factor
 * splits of a butterfly chain of size N in one process, and a random pair, cold (first run in this
 * JVM) and best of the repeats; optionally the supports people train (MLP-sized pairs, a wide
 * chain, the 4096 x 16384 x 4096 pair).
 */
public final class VerifierTimings {
    private VerifierTimings() {}

    /**
     * What to time.
     *
     * @param n          butterfly size N, a power of two &gt;= 4
     * @param randomSize m = n = r of the random pair
     * @param mlp        also the MLP-sized pairs and a wide chain
     * @param huge       also the 4096 x 16384 x 4096 pair at density 0.5
     */
    public record Options(int n, int randomSize, double density, int repeat, boolean mlp, boolean huge) {
        /** Throws an {@link InputException} naming the option that is out of range. */
        public Options {
            if (repeat < 1 || repeat > 100) throw InputException.of("--repeat must be 1..100");
            if (Integer.bitCount(n) != 1 || Integer.numberOfTrailingZeros(n) < 2) {
                throw InputException.of("--n must be a power of two >= 4");
            }
        }
    }

    /** Times every case and prints one row each to {@code out} as it finishes. */
    public static void run(Options o, PrintWriter out) {
        Verifier verifier = new Verifier(VerifierOptions.DEFAULTS);
        int levels = Integer.numberOfTrailingZeros(o.n());
        out.printf(Locale.US, "%-34s %9s %9s %9s %9s  %s%n", "case", "build s", "cold s", "best s", "best cpu", "verdict");
        double[] total = new double[4];
        for (int k = 1; k < levels; k++) {
            double[] r = time(verifier, "butterfly-split:" + o.n() + ":" + k, o.repeat(), out);
            for (int i = 0; i < 4; i++) total[i] += r[i];
        }
        out.printf(Locale.US, "%-34s %9.3f %9.3f %9.3f %9.3f  (%d splits; cold = first run in this JVM)%n",
                "all butterfly splits", total[0], total[1], total[2], total[3], levels - 1);
        time(verifier, "random:" + o.randomSize() + ":" + o.randomSize() + ":" + o.randomSize() + ":" + o.density() + ":1", o.repeat(), out);
        if (o.mlp()) {
            // the supports people train (issue "Decide the supports people really train"): OPT-125m's MLP
            // pair at density 0.5 and 2:4, a wide chain, and the 4096 x 16384 x 4096 pair
            time(verifier, "random:768:768:3072:0.5:1", o.repeat(), out);
            time(verifier, "nm:768:768:3072:2:4:1", o.repeat(), out);
            time(verifier, "random-chain:64,256,256,64:0.6:1", o.repeat(), out);
            if (o.huge()) time(verifier, "random:4096:4096:16384:0.5:1", o.repeat(), out);
        }
        out.flush();
    }

    /** Build, cold, best and best-CPU seconds of one family spec. */
    private static double[] time(Verifier verifier, String spec, int repeat, PrintWriter out) {
        long t0 = System.nanoTime();
        SupportChain s = FamilySpec.parse(spec);
        double build = (System.nanoTime() - t0) / 1e9;
        List<Double> runs = new ArrayList<>();
        double bestCpu = Double.MAX_VALUE;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Verdict v = null;
        for (int i = 0; i < repeat; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            v = verifier.verify(s);
            runs.add((System.nanoTime() - t) / 1e9);
            bestCpu = Math.min(bestCpu, (threads.getCurrentThreadCpuTime() - c) / 1e9);
        }
        double best = runs.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        out.printf(Locale.US, "%-34s %9.3f %9.3f %9.3f %9.3f  %s by %s%n", spec, build, runs.get(0), best, bestCpu,
                v.status(), v.result().id());
        return new double[] {build, runs.get(0), best, bestCpu};
    }
}
