package org.supcert.numeric;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.supcert.io.InputException;
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
import org.supcert.numeric.targets.Targets;
import org.supcert.support.SupportChain;
import org.supcert.support.SupportPair;
import org.supcert.support.io.SupportFile;

/**
 * The numeric engine's front door for {@code supcert butterfly} and {@code supcert factor}: loads the
 * target and the support, runs the factorization, writes the factors and the trace asked for, and
 * returns what the command prints. Messages name the option that is wrong, as the user typed it.
 */
public final class Factorizations {
    private Factorizations() {}

    /**
     * A hierarchical butterfly factorization of a target.
     *
     * @param tree        the tree as printed (balanced, left, right)
     * @param bitReversal whether A P^-1 with the bit-reversal permutation P was factored
     */
    public record ButterflyRun(int n, boolean complex, String tree, int factors, boolean bitReversal, double relError,
            double seconds, double errorSeconds, double[] levelErrors) {
        @Override
        public double[] levelErrors() { return levelErrors.clone(); }
    }

    /**
     * {@code supcert butterfly}: factors an N x N target (N = 2^L) into L butterfly factors.
     *
     * @param bitReversal auto (for dft targets), yes or no
     * @param out         where to write the factors, or null
     */
    public static ButterflyRun butterfly(String target, String tree, String bitReversal, Path out) {
        ButterflyTree t = tree(tree);
        TargetSpec ts = loadTarget(target);
        Target a = ts.target();
        if (a.rows() != a.cols() || a.rows() < 2 || Integer.bitCount(a.rows()) != 1) {
            throw InputException.of("--target " + target + ": the target is " + a.rows() + " x " + a.cols()
                    + ", butterfly factorization needs N x N with N a power of two >= 2");
        }
        int[] perm = switch (bitReversal.toLowerCase(Locale.ROOT)) {
            case "auto" -> ts.permutation();
            case "yes" -> Targets.bitReversal(a.rows());
            case "no" -> null;
            default -> throw InputException.of("--bit-reversal: '" + bitReversal + "' is not auto, yes or no");
        };
        ButterflyResult r = HierarchicalButterfly.factorize(a, t, perm);
        if (out != null) FactorFiles.writeChain(out, r.chain());
        return new ButterflyRun(a.rows(), a.isComplex(), t.name().toLowerCase(Locale.ROOT).replace("_comb", ""),
                r.chain().factors().size(), perm != null, r.relativeError(), r.seconds(), r.errorSeconds(), r.levelErrors());
    }

    /**
     * What {@code supcert factor} was asked.
     *
     * @param solver     exact, als, palm or auto
     * @param iterations iterations of als or palm, or null for the solver's default
     * @param trace      where to write the per-iteration trace (CSV), or null
     * @param out        where to write the factors, or null
     * @param tree       the tree of a butterfly chain
     */
    public record FactorRequest(String target, Path support, String solver, Integer iterations, long seed, Path trace,
            Path out, String tree) {}

    /** The outcome of {@code supcert factor}: a support pair's FSMF run, or a butterfly chain's. */
    public sealed interface FactorRun permits PairRun, ChainRun {}

    /** FSMF on a support pair: the last iterate's loss, errors and factor norms. */
    public record PairRun(int rows, int cols, int inner, String method, boolean globalOptimum, int iterations, double loss,
            double relError, double normX, double normY, double seconds) implements FactorRun {}

    /** The hierarchical algorithm on a butterfly-compatible chain. */
    public record ChainRun(int length, String architecture, int factors, double relError, double offSupportError,
            double seconds) implements FactorRun {}

    /** {@code supcert factor}: fixed-support factorization of a target on a support. */
    public static FactorRun factor(FactorRequest q) {
        if (q.iterations() != null && (q.iterations() < 0 || q.iterations() > 10_000_000)) {
            throw InputException.of("--iters: " + q.iterations() + " is not in 0 .. 10000000");
        }
        SupportChain chain = SupportFile.read(q.support()).support();
        Target a = loadTarget(q.target()).target();
        if (a.rows() != chain.rows() || a.cols() != chain.cols()) {
            throw new InputException(q.support(), "the support multiplies to " + chain.rows() + " x "
                    + chain.cols() + " but --target " + q.target() + " is " + a.rows() + " x " + a.cols());
        }
        return chain.length() == 2 ? pair(q, chain.asPair(), a) : chain(q, chain, a);
    }

    private static PairRun pair(FactorRequest q, SupportPair s, Target a) {
        if (a.isComplex()) {
            throw InputException.of("--target " + q.target() + ": FSMF on a support pair is real; the target is complex");
        }
        FsmfSolver method = FsmfSolvers.byName(q.solver(), s);
        int k = q.iterations() != null ? q.iterations() : FsmfSolvers.defaultIterations(method);
        long t0 = System.nanoTime();
        FsmfResult r = method.solve(a.toReal(), s, new FsmfOptions(k, q.seed(), 0));
        double seconds = (System.nanoTime() - t0) * 1e-9;
        if (q.trace() != null) {
            try (Writer w = Files.newBufferedWriter(q.trace(), StandardCharsets.UTF_8)) {
                r.trace().writeCsv(w);
            } catch (IOException e) {
                throw new UncheckedIOException(q.trace() + ": " + e.getMessage(), e);
            }
        }
        if (q.out() != null) FactorFiles.writeDense(q.out(), List.of(r.left(), r.right()));
        var last = r.trace().last();
        return new PairRun(s.rows(), s.cols(), s.inner(), r.method(), r.globalOptimum(), last.iter(), r.loss(),
                r.relativeError(), last.normX(), last.normY(), seconds);
    }

    private static ChainRun chain(FactorRequest q, SupportChain chain, Target a) {
        if (!q.solver().equalsIgnoreCase("auto") && !q.solver().equalsIgnoreCase("exact")) {
            throw InputException.of("--solver " + q.solver() + ": a chain of " + chain.length()
                    + " factors is factorized by the hierarchical butterfly algorithm (use exact or auto)");
        }
        if (q.trace() != null) throw InputException.of("--trace: the hierarchical algorithm is not iterative");
        ButterflyArchitecture arch;
        try {
            arch = ButterflyArchitecture.of(chain);
        } catch (IllegalArgumentException e) { // the architecture's own check of the support read from the file
            throw new InputException(q.support(), null, e.getMessage(), e);
        }
        ButterflyTree t = tree(q.tree());
        ButterflyResult r = HierarchicalButterfly.factorize(a, arch, t, null);
        if (q.out() != null) FactorFiles.writeChain(q.out(), r.chain());
        return new ChainRun(chain.length(), arch.toString(), r.chain().factors().size(), r.relativeError(),
                r.offSupportError(), r.seconds());
    }

    private static ButterflyTree tree(String tree) {
        try {
            return ButterflyTree.parse(tree);
        } catch (InputException e) {
            throw InputException.of("--tree: " + e.getMessage());
        }
    }

    /** {@link TargetSpec#load}, with the option named in messages that do not start with the file. */
    private static TargetSpec loadTarget(String text) {
        try {
            return TargetSpec.load(text);
        } catch (InputException e) { // a FormatException names its file
            throw e.file().isPresent() ? e : InputException.of("--target " + e.getMessage());
        }
    }
}
