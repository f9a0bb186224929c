package org.supcert.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.supcert.io.InputException;
import org.supcert.support.SupportChain;
import org.supcert.support.families.Families;
import org.supcert.verifier.Status;
import org.supcert.verifier.Verdict;
import org.supcert.verifier.Verifier;
import org.supcert.verifier.VerifierOptions;

/**
 * How many random small pairs each rule decides and how many stay UNKNOWN ({@code supcert bench
 * probes}, the README's table): m, n &lt;= 6, r &lt;= 5, densities 0.3 - 0.8, seeded. The digest of
 * every verdict shows that the table does not depend on the threads or the order.
 */
public final class ProbeCensus {
    private ProbeCensus() {}

    /**
     * What to run.
     *
     * @param work    Z3 resource units of probes per pair
     * @param reverse verify the pairs in reverse order (the table must not change)
     */
    public record Options(int cases, long seed, long work, int threads, boolean reverse) {
        /** Throws an {@link InputException} naming the option that is out of range. */
        public Options {
            if (cases < 1 || cases > 1_000_000) throw InputException.of("--cases must be 1..1000000");
            if (work < 0) throw InputException.of("--work must be >= 0");
            if (threads < 1 || threads > 256) throw InputException.of("--threads must be 1..256");
        }
    }

    /** The pairs in their seeded order, their verdicts (same index) and the wall time. */
    public record Result(Options options, List<SupportChain> pairs, List<Verdict> verdicts, double seconds) {
        public Result {
            pairs = List.copyOf(pairs);
            verdicts = List.copyOf(verdicts);
        }
    }

    /** The seeded pairs of a run. */
    static List<SupportChain> pairs(int cases, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<SupportChain> pairs = new ArrayList<>();
        for (int t = 0; t < cases; t++) {
            int m = 1 + rnd.nextInt(6);
            int n = 1 + rnd.nextInt(6);
            int r = 1 + rnd.nextInt(5);
            double density = 0.3 + 0.5 * rnd.nextDouble();
            pairs.add(new SupportChain("p" + t, List.of(Families.random(m, r, density, rnd), Families.random(r, n, density, rnd))));
        }
        return pairs;
    }

    public static Result run(Options o) {
        Verifier verifier = new Verifier(VerifierOptions.DEFAULTS.withProbeWork(o.work()));
        List<SupportChain> pairs = pairs(o.cases(), o.seed());
        Verdict[] verdicts = new Verdict[o.cases()];
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(o.threads());
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < o.cases(); i++) {
                int t = o.reverse() ? o.cases() - 1 - i : i;
                done.add(pool.submit(() -> verdicts[t] = verifier.verify(pairs.get(t))));
            }
            for (Future<?> f : done) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new Result(o, pairs, List.of(verdicts), (System.nanoTime() - start) / 1e9);
    }

    /** SHA-256 of every pair's name, verdict, result and reason, in pair order. */
    public static String digest(Result r) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (Verdict v : r.verdicts()) digest.update((line(v) + "\n").getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }

    /** One pair's name, verdict, result and reason, tab-separated: what --reasons prints and the digest hashes. */
    static String line(Verdict v) {
        return v.name() + "\t" + v.status() + "\t" + v.result().id() + "\t" + v.reason();
    }

    /** Pairs per "VERDICT by RESULT", sorted by that text. */
    public static Map<String, Integer> byResult(Result r) {
        Map<String, Integer> byResult = new TreeMap<>();
        for (Verdict v : r.verdicts()) byResult.merge(v.status() + " by " + v.result().id(), 1, Integer::sum);
        return byResult;
    }

    /**
     * The Markdown table, the safety-net line, optionally every UNKNOWN pair and every pair's reason
     * (one line each, to diff two runs), the digest and the timings.
     */
    public static String report(Result r, boolean listUnknown, boolean reasons) {
        Options o = r.options();
        StringBuilder s = new StringBuilder("| verdict by result | pairs | share |\n|---|---|---|\n");
        for (var e : byResult(r).entrySet()) {
            s.append(String.format(Locale.US, "| %s | %d | %.1f%% |%n", e.getKey(), e.getValue(), 100.0 * e.getValue() / o.cases()));
        }
        List<String> safetyNet = r.verdicts().stream().filter(v -> v.reason().contains("safety net")).map(Verdict::name).toList();
        Verdict slowest = r.verdicts().stream().max(Comparator.comparingDouble(Verdict::seconds)).orElseThrow();
        s.append(String.format(Locale.US, "%nwall-clock safety net fired for %d pair(s)%s%n", safetyNet.size(),
                safetyNet.isEmpty() ? "" : ": " + String.join(", ", safetyNet)));
        if (listUnknown) {
            for (int t = 0; t < o.cases(); t++) {
                Verdict v = r.verdicts().get(t);
                if (v.status() != Status.UNKNOWN) continue;
                s.append(String.format(Locale.US, "%s %s * %s: %s%n", v.name(), r.pairs().get(t).factor(0).toRowStrings(),
                        r.pairs().get(t).factor(1).toRowStrings(), v.reason()));
            }
        }
        if (reasons) for (Verdict v : r.verdicts()) s.append(line(v)).append('\n');
        s.append(String.format(Locale.US, "%nverdicts digest (name, verdict, result and reason of every pair): %s%n", digest(r)));
        s.append(String.format(Locale.US, "timings: %d pairs in %.1f s on %d thread(s) (slowest %.2f s: %s), seed %d, work %d%s%n",
                o.cases(), r.seconds(), o.threads(), slowest.seconds(), slowest.name(), o.seed(), o.work(), o.reverse() ? ", reversed order" : ""));
        return s.toString();
    }
}
