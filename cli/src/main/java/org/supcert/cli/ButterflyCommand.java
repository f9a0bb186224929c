package org.supcert.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.supcert.io.FormatException;
import org.supcert.numeric.butterfly.ButterflyResult;
import org.supcert.numeric.butterfly.ButterflyTree;
import org.supcert.numeric.butterfly.FactorFiles;
import org.supcert.numeric.butterfly.HierarchicalButterfly;
import org.supcert.numeric.matrix.Target;
import org.supcert.numeric.targets.TargetSpec;
import org.supcert.numeric.targets.Targets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** supcert butterfly: hierarchical butterfly factorization of a target (docs/theory.md#numeric-engine). */
@Command(name = "butterfly", mixinStandardHelpOptions = true,
        description = "Factor an N x N target (N = 2^L) into L butterfly factors with the hierarchical algorithm;"
                + " prints the relative error ||A - prod||_F / ||A||_F, the wall time and the per-level errors.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:factorized", "2:usage or input error", "4:internal error"})
final class ButterflyCommand implements Callable<Integer> {
    @Option(names = "--target", required = true, paramLabel = "TARGET",
            description = "FILE (.npy, .npz with one array, MatrixMarket) or hadamard:N, dft:N (exp(-2 pi i jk/N), not"
                    + " unitary), dft-unitary:N, dct:N (orthonormal DCT-II), random-butterfly:N:SEED;"
                    + " optionally +noise:LEVEL:SEED (relative Frobenius level).")
    String target;

    @Option(names = "--tree", defaultValue = "balanced", paramLabel = "TREE",
            description = "balanced, left (((W1 W2) W3) ...) or right (W1 (W2 (W3 ...))); default ${DEFAULT-VALUE}.")
    String tree;

    @Option(names = "--bit-reversal", defaultValue = "auto", paramLabel = "WHEN",
            description = "Factor A P^-1 with the bit-reversal permutation P: auto (for dft targets), yes, no.")
    String bitReversal;

    @Option(names = "--out", paramLabel = "FACTORS", description = "Write the factors (supcert-factors JSON v1, loads back).")
    Path out;

    @Option(names = "--json", description = "Print one JSON document (relError, seconds, n, factors, levelErrors, ...).")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ButterflyTree t;
        try {
            t = ButterflyTree.parse(tree);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--tree: " + e.getMessage());
        }
        TargetSpec ts = loadTarget(target);
        Target a = ts.target();
        if (a.rows() != a.cols() || a.rows() < 2 || Integer.bitCount(a.rows()) != 1) {
            throw new IllegalArgumentException("--target " + target + ": the target is " + a.rows() + " x " + a.cols()
                    + ", butterfly factorization needs N x N with N a power of two >= 2");
        }
        int[] perm = switch (bitReversal.toLowerCase(Locale.ROOT)) {
            case "auto" -> ts.permutation();
            case "yes" -> Targets.bitReversal(a.rows());
            case "no" -> null;
            default -> throw new IllegalArgumentException("--bit-reversal: '" + bitReversal + "' is not auto, yes or no");
        };
        ButterflyResult r = HierarchicalButterfly.factorize(a, t, perm);
        if (out != null) FactorFiles.writeChain(out, r.chain());
        PrintWriter w = spec.commandLine().getOut();
        int n = a.rows();
        String treeName = t.name().toLowerCase(Locale.ROOT).replace("_comb", "");
        if (json) {
            ObjectNode o = JsonNodeFactory.instance.objectNode();
            o.put("target", target);
            o.put("n", n);
            o.put("complex", a.isComplex());
            o.put("tree", treeName);
            o.put("factors", r.chain().factors().size());
            if (perm != null) o.put("permutation", "bit-reversal");
            else o.putNull("permutation");
            o.put("relError", r.relativeError());
            o.put("seconds", r.seconds());
            o.put("errorSeconds", r.errorSeconds());
            ArrayNode levels = o.putArray("levelErrors");
            for (double e : r.levelErrors()) levels.add(e);
            if (out != null) o.put("out", out.toString());
            w.println(o.toPrettyString());
        } else {
            w.printf(Locale.ROOT, "target     %s (%d x %d, %s%s)%n", target, n, n, a.isComplex() ? "complex" : "real",
                    perm != null ? ", bit-reversal permutation" : "");
            w.printf(Locale.ROOT, "tree       %s, %d factors%n", treeName, r.chain().factors().size());
            w.printf(Locale.ROOT, "relError   %.3e%n", r.relativeError());
            w.printf(Locale.ROOT, "seconds    %.4f (error check %.4f s)%n", r.seconds(), r.errorSeconds());
            double[] levels = r.levelErrors();
            for (int i = 0; i < levels.length; i++) w.printf(Locale.ROOT, "level %-4d %.3e%n", i, levels[i]);
            if (out != null) w.printf("factors    %s%n", out);
        }
        w.flush();
        return ExitCodes.OK;
    }

    /** {@link TargetSpec#load}, with the option named in messages that do not start with the file. */
    static TargetSpec loadTarget(String text) {
        try {
            return TargetSpec.load(text);
        } catch (FormatException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--target " + e.getMessage(), e);
        }
    }
}
