package org.supcert.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.supcert.io.JsonWriters;
import org.supcert.numeric.Factorizations;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * supcert factor: fixed-support factorization of a target on a support (docs/theory.md#section-8). A pair
 * runs FSMF (exact for Theorem A/C supports, ALS or PALM for any); a longer chain must be
 * butterfly-compatible and runs the hierarchical algorithm.
 */
@Command(name = "factor", mixinStandardHelpOptions = true,
        description = "Factor a target on a fixed support: min ||A - W_1 W_2||_F^2 over the support's masks.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:factorized", "2:usage or input error", "4:internal error"})
final class FactorCommand implements Callable<Integer> {
    @Option(names = "--target", required = true, paramLabel = "TARGET",
            description = "FILE or a built-in target (see 'supcert butterfly --help'), optionally +noise:LEVEL:SEED.")
    String target;

    @Option(names = "--support", required = true, paramLabel = "INPUT", description = "A supcert/v1 support file.")
    Path support;

    @Option(names = "--solver", defaultValue = "auto", paramLabel = "METHOD",
            description = "exact (Theorem A/C supports; the hierarchical algorithm for butterfly chains), als, palm,"
                    + " or auto (exact when it applies, else als); default ${DEFAULT-VALUE}.")
    String solver;

    @Option(names = "--iters", paramLabel = "K", description = "Iterations of als (default 200) or palm (default 2000).")
    Integer iterations;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "SEED", description = "Seed of the random initial point.")
    long seed;

    @Option(names = "--trace", paramLabel = "CSV", description = "Write the per-iteration trace (iter,loss,normX,normY).")
    Path trace;

    @Option(names = "--out", paramLabel = "FACTORS", description = "Write the factors (supcert-factors JSON v1, loads back).")
    Path out;

    @Option(names = "--tree", defaultValue = "balanced", paramLabel = "TREE",
            description = "For a butterfly chain: balanced, left or right; default ${DEFAULT-VALUE}.")
    String tree;

    @Option(names = "--json", description = "Print one JSON document instead of text.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Factorizations.FactorRun run = Factorizations.factor(
                new Factorizations.FactorRequest(target, support, solver, iterations, seed, OutputFile.folders(trace),
                        OutputFile.folders(out), tree));
        PrintWriter w = spec.commandLine().getOut();
        if (run instanceof Factorizations.PairRun r) {
            if (json) {
                ObjectNode o = head("solver", r.method());
                o.put("globalOptimum", r.globalOptimum());
                o.put("iterations", r.iterations());
                o.put("loss", r.loss());
                o.put("relError", r.relError());
                o.put("normX", r.normX());
                o.put("normY", r.normY());
                o.put("seconds", r.seconds());
                if (trace != null) o.put("trace", trace.toString());
                print(w, o);
            } else {
                w.printf(Locale.US, "support    %s (%d x %d, inner %d)%n", support, r.rows(), r.cols(), r.inner());
                w.printf(Locale.US, "solver     %s%s, %d iterations%n", r.method(),
                        r.globalOptimum() ? " (global optimum)" : "", r.iterations());
                w.printf(Locale.US, "loss       %.6e%n", r.loss());
                w.printf(Locale.US, "relError   %.6e%n", r.relError());
                w.printf(Locale.US, "norms      ||W1||_F = %.6e, ||W2||_F = %.6e%n", r.normX(), r.normY());
                w.printf(Locale.US, "seconds    %.4f%n", r.seconds());
                if (trace != null) w.printf("trace      %s%n", trace);
                print(w, null);
            }
        } else if (run instanceof Factorizations.ChainRun r) {
            if (json) {
                ObjectNode o = head("solver", "hierarchical");
                o.put("factors", r.factors());
                o.put("relError", r.relError());
                o.put("offSupportError", r.offSupportError());
                o.put("seconds", r.seconds());
                print(w, o);
            } else {
                w.printf(Locale.US, "support    %s (%d factors, %s)%n", support, r.length(), r.architecture());
                w.printf(Locale.US, "solver     hierarchical butterfly (%s tree)%n", tree.toLowerCase(Locale.ROOT));
                w.printf(Locale.US, "relError   %.6e (off-support part %.3e)%n", r.relError(), r.offSupportError());
                w.printf(Locale.US, "seconds    %.4f%n", r.seconds());
                print(w, null);
            }
        }
        return ExitCodes.OK;
    }

    /** The JSON document's first fields, in the documented order. */
    private ObjectNode head(String key, String value) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("target", target);
        o.put("support", support.toString());
        o.put(key, value);
        return o;
    }

    /** Ends the output: the JSON document with "out" last, or the text's "factors" line. */
    private void print(PrintWriter w, ObjectNode o) {
        if (o != null) {
            if (out != null) o.put("out", out.toString());
            w.print(JsonWriters.pretty(o));
        } else if (out != null) {
            w.printf("factors    %s%n", out);
        }
        w.flush();
    }
}
