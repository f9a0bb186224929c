package org.supcert.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.supcert.bench.ApplyComparison;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * supcert bench apply: parses the options and prints {@link ApplyComparison}'s table or JSON (the
 * contenders, the BLAS dense baseline and the peak measured in the same run live there).
 */
@Command(name = "apply", mixinStandardHelpOptions = true,
        description = "Time the butterfly apply (SIMD, scalar) against BLAS dense products and JTransforms' FFT;"
                + " %% of peak against the FMA peak measured in the same run.")
final class BenchApplyCommand implements Callable<Integer> {
    @Option(names = "--n", split = ",", defaultValue = "1024,4096,16384,65536",
            description = "Sizes N, powers of two (default ${DEFAULT-VALUE}).")
    int[] sizes;

    @Option(names = "--batch", split = ",", defaultValue = "1,256", description = "Batch sizes (default ${DEFAULT-VALUE}).")
    int[] batches;

    @Option(names = "--json", description = "Print one JSON document instead of the table.")
    boolean json;

    @Option(names = "--seconds", defaultValue = "0.4",
            description = "Minimum time per contender and size, after warm-up (default ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--peak-seconds", defaultValue = "1.5",
            description = "Time spent measuring the FMA peak (default ${DEFAULT-VALUE}).")
    double peakSeconds;

    @Option(names = "--dense-max-n", defaultValue = "8192",
            description = "Largest N for the dense contender (N x N doubles must fit; default ${DEFAULT-VALUE}).")
    int denseMaxN;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ApplyComparison.Options o = new ApplyComparison.Options(sizes, batches, seconds, denseMaxN, peakSeconds);
        ApplyComparison.Result r = ApplyComparison.run(o);
        PrintWriter out = spec.commandLine().getOut();
        if (json) out.println(ApplyComparison.json(r));
        else out.print(ApplyComparison.table(r));
        out.flush();
        return ExitCodes.OK;
    }
}
