package org.supcert.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.supcert.support.families.FamilySpec;
import org.supcert.support.SupportChain;
import org.supcert.verifier.Verdict;
import org.supcert.verifier.Verifier;
import org.supcert.verifier.VerifierOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * supcert bench verify: the verifier's speed targets (README, "Performance"): all two-factor
 * splits of a butterfly chain of size N in one process, and a random pair, cold (first run in
 * this JVM) and best of the repeats.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Time the verifier on all butterfly splits of size N and on a random pair.")
final class BenchVerifyCommand implements Callable<Integer> {
    @Option(names = "--n", defaultValue = "4096", description = "Butterfly size N (default ${DEFAULT-VALUE}).")
    int n;

    @Option(names = "--random", defaultValue = "1024", description = "m = n = r of the random pair (default ${DEFAULT-VALUE}).")
    int randomSize;

    @Option(names = "--density", defaultValue = "0.02", description = "Density of the random pair (default ${DEFAULT-VALUE}).")
    double density;

    @Option(names = "--repeat", defaultValue = "3", description = "Repetitions (default ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--mlp", negatable = true, defaultValue = "true",
            description = "Also time MLP-sized pairs and a wide chain (default on; --no-mlp skips them).")
    boolean mlp;

    @Option(names = "--huge", description = "Also time the 4096 x 16384 x 4096 pair at density 0.5 (needs -Xmx4g or so).")
    boolean huge;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (repeat < 1 || repeat > 100) throw new IllegalArgumentException("--repeat must be 1..100");
        var out = spec.commandLine().getOut();
        Verifier verifier = new Verifier(VerifierOptions.DEFAULTS);
        int levels = Integer.numberOfTrailingZeros(n);
        if (Integer.bitCount(n) != 1 || levels < 2) throw new IllegalArgumentException("--n must be a power of two >= 4");
        out.printf(Locale.ROOT, "%-34s %9s %9s %9s %9s  %s%n", "case", "build s", "cold s", "best s", "best cpu", "verdict");
        double[] total = new double[4];
        for (int k = 1; k < levels; k++) {
            double[] r = time(verifier, "butterfly-split:" + n + ":" + k, out);
            for (int i = 0; i < 4; i++) total[i] += r[i];
        }
        out.printf(Locale.ROOT, "%-34s %9.3f %9.3f %9.3f %9.3f  (%d splits; cold = first run in this JVM)%n",
                "all butterfly splits", total[0], total[1], total[2], total[3], levels - 1);
        time(verifier, "random:" + randomSize + ":" + randomSize + ":" + randomSize + ":" + density + ":1", out);
        if (mlp) {
            // the supports people train (issue "Decide the supports people really train"): OPT-125m's MLP
            // pair at density 0.5 and 2:4, a wide chain, and the 4096 x 16384 x 4096 pair
            time(verifier, "random:768:768:3072:0.5:1", out);
            time(verifier, "nm:768:768:3072:2:4:1", out);
            time(verifier, "random-chain:64,256,256,64:0.6:1", out);
            if (huge) time(verifier, "random:4096:4096:16384:0.5:1", out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private double[] time(Verifier verifier, String spec, java.io.PrintWriter out) {
        long t0 = System.nanoTime();
        SupportChain s = FamilySpec.parse(spec);
        double build = (System.nanoTime() - t0) / 1e9;
        List<Double> runs = new ArrayList<>();
        double bestCpu = Double.MAX_VALUE;
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        Verdict v = null;
        for (int i = 0; i < repeat; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            v = verifier.verify(s);
            runs.add((System.nanoTime() - t) / 1e9);
            bestCpu = Math.min(bestCpu, (threads.getCurrentThreadCpuTime() - c) / 1e9);
        }
        double best = runs.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        out.printf(Locale.ROOT, "%-34s %9.3f %9.3f %9.3f %9.3f  %s by %s%n", spec, build, runs.get(0), best, bestCpu,
                v.status(), v.result().id());
        return new double[] {build, runs.get(0), best, bestCpu};
    }

}
