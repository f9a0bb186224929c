package org.supcert.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.supcert.cases.Families;
import org.supcert.support.SupportChain;
import org.supcert.verifier.Verdict;
import org.supcert.verifier.Verifier;
import org.supcert.verifier.VerifierOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * supcert bench probes: how many random small pairs each rule decides and how many stay UNKNOWN
 * (the README's table): m, n <= 6, r <= 5, densities 0.3 - 0.8, seeded.
 */
@Command(name = "probes", mixinStandardHelpOptions = true,
        description = "Share of random small pairs decided by each rule, and the fraction left UNKNOWN.")
final class BenchProbesCommand implements Callable<Integer> {
    @Option(names = "--cases", defaultValue = "2000", description = "Number of random pairs (default ${DEFAULT-VALUE}).")
    int cases;

    @Option(names = "--seed", defaultValue = "2026", description = "Seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--budget", defaultValue = "10", description = "Probe budget per pair in seconds (default ${DEFAULT-VALUE}).")
    double budget;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (cases < 1 || cases > 1_000_000) throw new IllegalArgumentException("--cases must be 1..1000000");
        Verifier verifier = new Verifier(VerifierOptions.DEFAULTS.withProbeBudget((long) (budget * 1000)));
        SplittableRandom rnd = new SplittableRandom(seed);
        Map<String, Integer> byResult = new TreeMap<>();
        long start = System.nanoTime();
        double slowest = 0;
        for (int t = 0; t < cases; t++) {
            int m = 1 + rnd.nextInt(6);
            int n = 1 + rnd.nextInt(6);
            int r = 1 + rnd.nextInt(5);
            double density = 0.3 + 0.5 * rnd.nextDouble();
            Verdict v = verifier.verify(new SupportChain("p" + t, List.of(Families.random(m, r, density, rnd), Families.random(r, n, density, rnd))));
            byResult.merge(v.status() + " by " + v.result().id(), 1, Integer::sum);
            slowest = Math.max(slowest, v.seconds());
        }
        var out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "| verdict by result | pairs | share |%n|---|---|---|%n");
        for (var e : byResult.entrySet()) {
            out.printf(Locale.ROOT, "| %s | %d | %.1f%% |%n", e.getKey(), e.getValue(), 100.0 * e.getValue() / cases);
        }
        out.printf(Locale.ROOT, "%n%d pairs in %.1f s (slowest %.2f s), seed %d%n", cases, (System.nanoTime() - start) / 1e9,
                slowest, seed);
        out.flush();
        return ExitCodes.OK;
    }
}
