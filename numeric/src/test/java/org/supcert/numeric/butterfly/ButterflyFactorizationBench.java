package org.supcert.numeric.butterfly;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.supcert.numeric.matrix.Target;
import org.supcert.numeric.targets.Targets;

/**
 * Times the hierarchical factorization against the reference Python implementation's {@code fact}
 * column of docs/bench-anchors.md (same machine), per target, N and tree (both comb trees are
 * compared with the reference's "unbalanced" tree). Each row is the median (and best) of 7 runs after one
 * untimed run of the same shape (JIT warm-up; 1 run, no warm-up, from N = 8192);
 * peak heap is the sum of the heap pools' peaks during the row's runs (the target included).
 *
 * <p>Run: {@code mvn -Dsupcert.build=target-num -pl numeric -am -Pslow test -Dtest=ButterflyFactorizationBench
 * -Dsurefire.failIfNoSpecifiedTests=false} (writes {@code <build>/butterfly-bench.md}), or as a main:
 * {@code java --add-modules jdk.incubator.vector -Xmx3g -cp ... org.supcert.numeric.butterfly.ButterflyFactorizationBench
 * [out.md] [sizes, e.g. 1024,2048,4096] [targets, e.g. hadamard,dft,random] [trees, e.g. balanced,left,right]}.
 */
@Tag("slow")
class ButterflyFactorizationBench {
    /** Reference fact seconds: target -> N -> {balanced, unbalanced}. */
    static final Map<String, Map<Integer, double[]>> REFERENCE = Map.of(
            "dft", Map.of(256, new double[] {0.13, 0.166}, 512, new double[] {0.46, 0.748},
                    1024, new double[] {1.5, 3.07}, 2048, new double[] {4.85, 17.4}, 4096, new double[] {19, 131}),
            "hadamard", Map.of(256, new double[] {0.0646, 0.075}, 512, new double[] {0.225, 0.374},
                    1024, new double[] {0.83, 1.74}, 2048, new double[] {3.11, 8.73}, 4096, new double[] {10.8, 84.6},
                    8192, new double[] {49.1, Double.NaN}),
            "random", Map.of(256, new double[] {0.0663, 0.0799}, 512, new double[] {0.237, 0.385},
                    1024, new double[] {0.841, 1.45}, 2048, new double[] {3.06, 8.33}, 4096, new double[] {11.1, 97.9}));

    /** Reference errors, same keys. */
    static final Map<String, Map<Integer, double[]>> REFERENCE_ERROR = Map.of(
            "dft", Map.of(256, new double[] {2.1e-14, 2.1e-14}, 512, new double[] {4.1e-14, 4.1e-14},
                    1024, new double[] {8.1e-14, 8.1e-14}, 2048, new double[] {1.6e-13, 1.6e-13}, 4096, new double[] {3.2e-13, 3.2e-13}),
            "hadamard", Map.of(256, new double[] {4.9e-16, 9.8e-16}, 512, new double[] {1.4e-15, 3.1e-15},
                    1024, new double[] {1.4e-15, 1.1e-14}, 2048, new double[] {1.6e-15, 1.9e-14}, 4096, new double[] {1.2e-15, 2.9e-14},
                    8192, new double[] {9.1e-16, Double.NaN}),
            "random", Map.of(256, new double[] {9.4e-16, 8.8e-16}, 512, new double[] {8.3e-16, 1e-15},
                    1024, new double[] {9.4e-16, 1.2e-15}, 2048, new double[] {9.9e-16, 1.4e-15}, 4096, new double[] {1.1e-15, 2.1e-15}));

    record Row(String target, int n, ButterflyTree tree, double seconds, double best, double reference, double error,
               double referenceError, long peakHeapMiB) {
        double ratio() { return reference / seconds; }
    }

    @Test
    void benchmark() throws IOException {
        Path out = Path.of(System.getProperty("supcert.bench.out", "target-num/butterfly-bench.md"));
        List<Row> rows = run(List.of(1024, 2048, 4096), List.of("hadamard", "dft", "random"),
                List.of(ButterflyTree.values()), out);
        for (Row r : rows) {
            assertTrue(r.error() <= 1e-12, r + ": error");
        }
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "butterfly-bench.md");
        List<Integer> sizes = new ArrayList<>();
        for (String s : (args.length > 1 ? args[1] : "1024,2048,4096").split(",")) sizes.add(Integer.parseInt(s));
        List<String> targets = List.of((args.length > 2 ? args[2] : "hadamard,dft,random").split(","));
        List<ButterflyTree> trees = new ArrayList<>();
        for (String s : (args.length > 3 ? args[3] : "balanced,left,right").split(",")) trees.add(ButterflyTree.parse(s));
        run(sizes, targets, trees, out);
    }

    static List<Row> run(List<Integer> sizes, List<String> targets, List<ButterflyTree> trees, Path out) throws IOException {
        List<Row> rows = new ArrayList<>();
        // warm-up: every kernel path (real/complex, each tree) reaches C2 before the first timed row;
        // on the shared 2 cores the compiler threads starve, so this is generous (JMH-style)
        for (int round = 0; round < 5; round++) {
            for (ButterflyTree tree : ButterflyTree.values()) {
                HierarchicalButterfly.factorize(Targets.dft(1024, false), tree, Targets.bitReversal(1024));
                HierarchicalButterfly.factorize(Targets.hadamard(1024), tree, null);
                HierarchicalButterfly.factorize(Targets.randomButterfly(1024, 1), tree, null);
            }
        }
        if (out.getParent() != null) Files.createDirectories(out.getParent());
        try (PrintStream p = new PrintStream(Files.newOutputStream(out), true)) {
            p.println("| target | N | tree | ours s (median) | ours s (best) | reference s | ratio (median) | our error | reference error | peak heap MiB |");
            p.println("|---|---|---|---|---|---|---|---|---|---|");
            for (String name : targets) {
                for (int n : sizes) {
                    Target t = switch (name) {
                        case "hadamard" -> Targets.hadamard(n);
                        case "dft" -> Targets.dft(n, false);
                        case "random" -> Targets.randomButterfly(n, 2023);
                        default -> throw new IllegalArgumentException("unknown bench target " + name);
                    };
                    int[] perm = name.equals("dft") ? Targets.bitReversal(n) : null;
                    for (ButterflyTree tree : trees) {
                        if (n < 8192) { // untimed warm-up of this shape
                            HierarchicalButterfly.factorize(t, tree, perm);
                            HierarchicalButterfly.factorize(t, tree, perm);
                        }
                        resetPeaks();
                        int runs = n >= 8192 ? 1 : 7;
                        double[] secs = new double[runs];
                        double err = 0;
                        for (int k = 0; k < runs; k++) {
                            ButterflyResult r = HierarchicalButterfly.factorize(t, tree, perm);
                            secs[k] = r.seconds();
                            err = r.relativeError();
                        }
                        java.util.Arrays.sort(secs);
                        int col = tree == ButterflyTree.BALANCED ? 0 : 1;
                        double ref = lookup(REFERENCE, name, n, col);
                        double refErr = lookup(REFERENCE_ERROR, name, n, col);
                        Row row = new Row(name, n, tree, secs[runs / 2], secs[0], ref, err, refErr, peakHeapMiB());
                        rows.add(row);
                        p.println(String.format(Locale.ROOT, "| %s | %d | %s | %.4f | %.4f | %s | %s | %.1e | %s | %d |",
                                name, n, tree.name().toLowerCase(Locale.ROOT), row.seconds(), row.best(),
                                Double.isNaN(ref) ? "-" : String.format(Locale.ROOT, "%.3g", ref),
                                Double.isNaN(ref) ? "-" : String.format(Locale.ROOT, "%.0fx", row.ratio()),
                                err, Double.isNaN(refErr) ? "-" : String.format(Locale.ROOT, "%.1e", refErr),
                                row.peakHeapMiB()));
                    }
                }
            }
        }
        return rows;
    }

    private static double lookup(Map<String, Map<Integer, double[]>> m, String name, int n, int col) {
        Map<Integer, double[]> byN = m.get(name);
        if (byN == null || !byN.containsKey(n)) return Double.NaN;
        return byN.get(n)[col];
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) pool.resetPeakUsage();
        }
    }

    private static long peakHeapMiB() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
        }
        return sum >> 20;
    }
}
