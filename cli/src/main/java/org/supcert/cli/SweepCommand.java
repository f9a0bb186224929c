package org.supcert.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import org.supcert.io.InputException;
import org.supcert.reports.sweep.DensityGrid;
import org.supcert.reports.sweep.SupportSweep;
import org.supcert.reports.sweep.SweepCsv;
import org.supcert.reports.sweep.SweepPlot;
import org.supcert.reports.sweep.SweepSpec;
import org.supcert.reports.sweep.SweepTable;
import org.supcert.verifier.Status;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** supcert sweep: how often is a random one-hidden-layer support NOT CLOSED, per density (docs/theory.md#seed-001). */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Random supports of a one-hidden-layer network d -> h -> o (I = M2, o x h; J = M1^T, M1 h x d),",
            "or of a deeper network's chain (--layers d,h1,...,o):",
            "verdict counts per density and the rule that decided, as a table, CSV and an SVG plot.",
            "Results depend only on the options (not on --threads); Z3 is off, NOT CLOSED rests on exact proofs."})
final class SweepCommand implements Callable<Integer> {
    @Option(names = "--layers", paramLabel = "D,H,O", required = true,
            description = "Input, hidden and output widths, e.g. 16,16,16 (more widths: a deeper network, verified as a chain).")
    String layers;

    @Option(names = "--density", paramLabel = "FROM:TO:STEP", defaultValue = "0.1:0.9:0.05",
            description = "Densities, both ends included (default ${DEFAULT-VALUE}).")
    String density;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "1000", description = "Samples per density (default ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "Time budget per sample (default ${DEFAULT-VALUE} s); past it the sample counts as UNKNOWN.")
    double timeoutSeconds;

    @Option(names = "--master", paramLabel = "URL",
            description = "Run on Apache Spark (local[N], spark://host:port, yarn, k8s://...): the same samples and table (README, \"Spark\").")
    String master;

    @Option(names = "--csv", paramLabel = "FILE", description = "Write the table as CSV.")
    Path csv;

    @Option(names = "--svg", paramLabel = "FILE", description = "Write the plot as SVG.")
    Path svg;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        SweepSpec s = new SweepSpec(SweepSpec.layers(layers), DensityGrid.parse(density), samples, seed);
        if (!(timeoutSeconds > 0) || timeoutSeconds > 86_400) {
            throw InputException.of("--timeout: " + timeoutSeconds + " is not in (0, 86400] seconds");
        }
        PrintWriter out = spec.commandLine().getOut();
        SweepTable t = master == null ? local(s) : spark(s, out);
        out.printf(Locale.US, "%-8s %8s %8s %8s %8s%n", "density", "closed", "!closed", "unknown", "P(bad)");
        for (int k = 0; k < t.rows(); k++) {
            out.printf(Locale.US, "%-8s %8d %8d %8d %8s%n", SweepCsv.density(t.density(k)),
                    t.count(k, Status.CLOSED), t.count(k, Status.NOT_CLOSED), t.count(k, Status.UNKNOWN),
                    t.anyDecided(k) ? String.format(Locale.US, "%.4f", t.probability(k, Status.NOT_CLOSED))
                            : SweepTable.NOT_APPLICABLE);
        }
        out.printf(Locale.US, "sweep: %d samples (%d densities x %d) of %s in %.1f s on %d thread(s)%n",
                s.total(), t.rows(), s.samples(), s.architecture(), t.seconds(), t.threads());
        write(csv, SweepCsv.write(t), out);
        write(svg, SweepPlot.write(t), out);
        out.flush();
        return ExitCodes.OK;
    }

    private SweepTable local(SweepSpec s) {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        PrintWriter err = spec.commandLine().getErr();
        IntConsumer progress = System.console() == null ? null : bar(err, s.total());
        SweepTable t = SupportSweep.run(s, n, (long) (timeoutSeconds * 1000), progress);
        if (progress != null) {
            err.print("\r\033[K");
            err.flush();
        }
        return t;
    }

    private SweepTable spark(SweepSpec s, PrintWriter out) {
        if (threads != null) throw InputException.of("--threads does not apply with --master: the master sets the cores (local[N])");
        return SparkJobs.load().sweep(s, (long) (timeoutSeconds * 1000), master, out);
    }

    /** A one-line progress bar, redrawn at most every 200 ms (only when stderr is a terminal). */
    private static IntConsumer bar(PrintWriter err, int total) {
        AtomicLong last = new AtomicLong();
        return done -> {
            long now = System.nanoTime();
            long prev = last.get();
            if (done < total && now - prev < 200_000_000L) return;
            if (!last.compareAndSet(prev, now)) return;
            int width = 30;
            int filled = (int) ((long) done * width / total);
            synchronized (err) {
                err.print(String.format(Locale.US, "\rsweep [%s%s] %d/%d", "#".repeat(filled), ".".repeat(width - filled), done, total));
                err.flush();
            }
        };
    }

    private static void write(Path file, String text, PrintWriter out) {
        if (file == null) return;
        OutputFile.write(file, text);
        out.println("  wrote " + file);
    }
}
