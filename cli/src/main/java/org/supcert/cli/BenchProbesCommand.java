package org.supcert.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.supcert.support.families.Families;
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

    @Option(names = "--work", defaultValue = "12000000",
            description = "Z3 resource units of probes per pair (default ${DEFAULT-VALUE}, the verifier's default).")
    long work;

    @Option(names = "--threads", defaultValue = "1", description = "Pairs verified in parallel (default ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--list-unknown", description = "Also print every UNKNOWN pair's masks and reason.")
    boolean listUnknown;

    @Option(names = "--reverse", description = "Verify the pairs in reverse order (the table must not change).")
    boolean reverse;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (cases < 1 || cases > 1_000_000) throw new IllegalArgumentException("--cases must be 1..1000000");
        if (work < 0) throw new IllegalArgumentException("--work must be >= 0");
        Verifier verifier = new Verifier(VerifierOptions.DEFAULTS.withProbeWork(work));
        if (threads < 1 || threads > 256) throw new IllegalArgumentException("--threads must be 1..256");
        SplittableRandom rnd = new SplittableRandom(seed);
        List<SupportChain> pairs = new java.util.ArrayList<>();
        for (int t = 0; t < cases; t++) {
            int m = 1 + rnd.nextInt(6);
            int n = 1 + rnd.nextInt(6);
            int r = 1 + rnd.nextInt(5);
            double density = 0.3 + 0.5 * rnd.nextDouble();
            pairs.add(new SupportChain("p" + t, List.of(Families.random(m, r, density, rnd), Families.random(r, n, density, rnd))));
        }
        Verdict[] verdicts = new Verdict[cases];
        long start = System.nanoTime();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
            for (int i = 0; i < cases; i++) {
                int t = reverse ? cases - 1 - i : i;
                done.add(pool.submit(() -> verdicts[t] = verifier.verify(pairs.get(t))));
            }
            for (var f : done) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        Map<String, Integer> byResult = new TreeMap<>();
        double slowest = 0;
        java.security.MessageDigest digest;
        try {
            digest = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        String slowestName = "";
        for (Verdict v : verdicts) {
            byResult.merge(v.status() + " by " + v.result().id(), 1, Integer::sum);
            if (v.seconds() > slowest) slowestName = v.name();
            slowest = Math.max(slowest, v.seconds());
            digest.update((v.name() + "\t" + v.status() + "\t" + v.result().id() + "\t" + v.reason() + "\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        var out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "| verdict by result | pairs | share |%n|---|---|---|%n");
        for (var e : byResult.entrySet()) {
            out.printf(Locale.ROOT, "| %s | %d | %.1f%% |%n", e.getKey(), e.getValue(), 100.0 * e.getValue() / cases);
        }
        List<String> safetyNet = new java.util.ArrayList<>();
        for (Verdict v : verdicts) if (v.reason().contains("safety net")) safetyNet.add(v.name());
        out.printf(Locale.ROOT, "%nwall-clock safety net fired for %d pair(s)%s%n", safetyNet.size(),
                safetyNet.isEmpty() ? "" : ": " + String.join(", ", safetyNet));
        if (listUnknown) {
            for (int t = 0; t < cases; t++) {
                if (verdicts[t].status() != org.supcert.verifier.Status.UNKNOWN) continue;
                out.printf(Locale.ROOT, "%s %s * %s: %s%n", verdicts[t].name(), pairs.get(t).factor(0).toRowStrings(),
                        pairs.get(t).factor(1).toRowStrings(), verdicts[t].reason());
            }
        }
        out.printf(Locale.ROOT, "%nverdicts digest (name, verdict, result and reason of every pair): %s%n",
                java.util.HexFormat.of().formatHex(digest.digest()));
        out.printf(Locale.ROOT, "timings: %d pairs in %.1f s on %d thread(s) (slowest %.2f s: %s), seed %d, work %d%s%n", cases,
                (System.nanoTime() - start) / 1e9, threads, slowest, slowestName, seed, work, reverse ? ", reversed order" : "");
        out.flush();
        return ExitCodes.OK;
    }
}
