package org.supcert.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.supcert.support.io.SupportFile;
import org.supcert.numeric.butterfly.ButterflyArchitecture;
import org.supcert.numeric.butterfly.ButterflyResult;
import org.supcert.numeric.butterfly.ButterflyTree;
import org.supcert.numeric.butterfly.FactorFiles;
import org.supcert.numeric.butterfly.HierarchicalButterfly;
import org.supcert.numeric.fsmf.FsmfOptions;
import org.supcert.numeric.fsmf.FsmfResult;
import org.supcert.numeric.fsmf.FsmfSolver;
import org.supcert.numeric.fsmf.FsmfSolvers;
import org.supcert.numeric.matrix.Target;
import org.supcert.numeric.targets.TargetSpec;
import org.supcert.support.SupportChain;
import org.supcert.support.SupportPair;
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
        if (iterations != null && (iterations < 0 || iterations > 10_000_000)) {
            throw new IllegalArgumentException("--iters: " + iterations + " is not in 0 .. 10000000");
        }
        SupportChain chain = SupportFile.read(support).support();
        Target a = ButterflyCommand.loadTarget(target).target();
        if (a.rows() != chain.rows() || a.cols() != chain.cols()) {
            throw new IllegalArgumentException(support + ": the support multiplies to " + chain.rows() + " x "
                    + chain.cols() + " but --target " + target + " is " + a.rows() + " x " + a.cols());
        }
        return chain.length() == 2 ? pair(chain.asPair(), a) : butterfly(chain, a);
    }

    private int pair(SupportPair s, Target a) {
        if (a.isComplex()) {
            throw new IllegalArgumentException("--target " + target + ": FSMF on a support pair is real; the target is complex");
        }
        FsmfSolver method = FsmfSolvers.byName(solver, s);
        int k = iterations != null ? iterations : FsmfSolvers.defaultIterations(method);
        long t0 = System.nanoTime();
        FsmfResult r = method.solve(a.toReal(), s, new FsmfOptions(k, seed, 0));
        double seconds = (System.nanoTime() - t0) * 1e-9;
        if (trace != null) {
            try (Writer w = Files.newBufferedWriter(trace, StandardCharsets.UTF_8)) {
                r.trace().writeCsv(w);
            } catch (IOException e) {
                throw new UncheckedIOException(trace + ": " + e.getMessage(), e);
            }
        }
        if (out != null) FactorFiles.writeDense(out, List.of(r.left(), r.right()));
        var last = r.trace().last();
        PrintWriter w = spec.commandLine().getOut();
        if (json) {
            ObjectNode o = JsonNodeFactory.instance.objectNode();
            o.put("target", target);
            o.put("support", support.toString());
            o.put("solver", r.method());
            o.put("globalOptimum", r.globalOptimum());
            o.put("iterations", last.iter());
            o.put("loss", r.loss());
            o.put("relError", r.relativeError());
            o.put("normX", last.normX());
            o.put("normY", last.normY());
            o.put("seconds", seconds);
            if (trace != null) o.put("trace", trace.toString());
            if (out != null) o.put("out", out.toString());
            w.println(o.toPrettyString());
        } else {
            w.printf(Locale.ROOT, "support    %s (%d x %d, inner %d)%n", support, s.rows(), s.cols(), s.inner());
            w.printf(Locale.ROOT, "solver     %s%s, %d iterations%n", r.method(),
                    r.globalOptimum() ? " (global optimum)" : "", last.iter());
            w.printf(Locale.ROOT, "loss       %.6e%n", r.loss());
            w.printf(Locale.ROOT, "relError   %.6e%n", r.relativeError());
            w.printf(Locale.ROOT, "norms      ||W1||_F = %.6e, ||W2||_F = %.6e%n", last.normX(), last.normY());
            w.printf(Locale.ROOT, "seconds    %.4f%n", seconds);
            if (trace != null) w.printf("trace      %s%n", trace);
            if (out != null) w.printf("factors    %s%n", out);
        }
        w.flush();
        return ExitCodes.OK;
    }

    private int butterfly(SupportChain chain, Target a) {
        if (!solver.equalsIgnoreCase("auto") && !solver.equalsIgnoreCase("exact")) {
            throw new IllegalArgumentException("--solver " + solver + ": a chain of " + chain.length()
                    + " factors is factorized by the hierarchical butterfly algorithm (use exact or auto)");
        }
        if (trace != null) throw new IllegalArgumentException("--trace: the hierarchical algorithm is not iterative");
        ButterflyArchitecture arch;
        try {
            arch = ButterflyArchitecture.of(chain);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(support + ": " + e.getMessage());
        }
        ButterflyTree t;
        try {
            t = ButterflyTree.parse(tree);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--tree: " + e.getMessage());
        }
        ButterflyResult r = HierarchicalButterfly.factorize(a, arch, t, null);
        if (out != null) FactorFiles.writeChain(out, r.chain());
        PrintWriter w = spec.commandLine().getOut();
        if (json) {
            ObjectNode o = JsonNodeFactory.instance.objectNode();
            o.put("target", target);
            o.put("support", support.toString());
            o.put("solver", "hierarchical");
            o.put("factors", r.chain().factors().size());
            o.put("relError", r.relativeError());
            o.put("offSupportError", r.offSupportError());
            o.put("seconds", r.seconds());
            if (out != null) o.put("out", out.toString());
            w.println(o.toPrettyString());
        } else {
            w.printf(Locale.ROOT, "support    %s (%d factors, %s)%n", support, chain.length(), arch);
            w.printf(Locale.ROOT, "solver     hierarchical butterfly (%s tree)%n", tree.toLowerCase(Locale.ROOT));
            w.printf(Locale.ROOT, "relError   %.6e (off-support part %.3e)%n", r.relativeError(), r.offSupportError());
            w.printf(Locale.ROOT, "seconds    %.4f%n", r.seconds());
            if (out != null) w.printf("factors    %s%n", out);
        }
        w.flush();
        return ExitCodes.OK;
    }
}
