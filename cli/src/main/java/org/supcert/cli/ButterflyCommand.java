package org.supcert.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
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
        Factorizations.ButterflyRun r = Factorizations.butterfly(target, tree, bitReversal, OutputFile.folders(out));
        PrintWriter w = spec.commandLine().getOut();
        int n = r.n();
        if (json) {
            ObjectNode o = JsonNodeFactory.instance.objectNode();
            o.put("target", target);
            o.put("n", n);
            o.put("complex", r.complex());
            o.put("tree", r.tree());
            o.put("factors", r.factors());
            if (r.bitReversal()) o.put("permutation", "bit-reversal");
            else o.putNull("permutation");
            o.put("relError", r.relError());
            o.put("seconds", r.seconds());
            o.put("errorSeconds", r.errorSeconds());
            ArrayNode levels = o.putArray("levelErrors");
            for (double e : r.levelErrors()) levels.add(e);
            if (out != null) o.put("out", out.toString());
            w.print(JsonWriters.pretty(o));
        } else {
            // Locale.US, as everywhere numbers are formatted: the same text as Locale.ROOT, but
            // java.util.Formatter needs no locale data for it (loading it cost 0.02 s of a cold run)
            w.printf(Locale.US, "target     %s (%d x %d, %s%s)%n", target, n, n, r.complex() ? "complex" : "real",
                    r.bitReversal() ? ", bit-reversal permutation" : "");
            w.printf(Locale.US, "tree       %s, %d factors%n", r.tree(), r.factors());
            w.printf(Locale.US, "relError   %.3e%n", r.relError());
            w.printf(Locale.US, "seconds    %.4f (error check %.4f s)%n", r.seconds(), r.errorSeconds());
            double[] levels = r.levelErrors();
            for (int i = 0; i < levels.length; i++) w.printf(Locale.US, "level %-4d %.3e%n", i, levels[i]);
            if (out != null) w.printf("factors    %s%n", out);
        }
        w.flush();
        return ExitCodes.OK;
    }
}
