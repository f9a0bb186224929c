package org.supcert.cli;

import java.util.concurrent.Callable;
import org.supcert.bench.VerifierTimings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** supcert bench verify: parses the options and prints {@link VerifierTimings}' rows (README, "Performance"). */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Time the verifier on all butterfly splits of size N and on a random pair.")
final class BenchVerifyCommand implements Callable<Integer> {
    @Option(names = "--n", defaultValue = "4096", description = "Butterfly size N (default ${DEFAULT-VALUE}).")
    int n;

    @Option(names = "--random", defaultValue = "1024", description = "m = n = r of the random pair (default ${DEFAULT-VALUE}).")
    int randomSize;

    @Option(names = "--density", defaultValue = "0.02", description = "Density of the random pair (default ${DEFAULT-VALUE}).")
    double density;

    @Option(names = "--repeat", defaultValue = "3", description = "Repetitions (default ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--mlp", negatable = true, defaultValue = "true",
            description = "Also time MLP-sized pairs and a wide chain (default on; --no-mlp skips them).")
    boolean mlp;

    @Option(names = "--huge", description = "Also time the 4096 x 16384 x 4096 pair at density 0.5 (needs -Xmx4g or so).")
    boolean huge;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        VerifierTimings.run(new VerifierTimings.Options(n, randomSize, density, repeat, mlp, huge), spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
