package org.supcert.cli;

import java.util.concurrent.Callable;
import org.supcert.bench.ProbeCensus;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** supcert bench probes: parses the options and prints {@link ProbeCensus}'s table (README, "Performance"). */
@Command(name = "probes", mixinStandardHelpOptions = true,
        description = "Share of random small pairs decided by each rule, and the fraction left UNKNOWN.")
final class BenchProbesCommand implements Callable<Integer> {
    @Option(names = "--cases", defaultValue = "2000", description = "Number of random pairs (default ${DEFAULT-VALUE}).")
    int cases;

    @Option(names = "--seed", defaultValue = "2026", description = "Seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--work", defaultValue = "16000000",
            description = "Z3 resource units of probes per pair (default ${DEFAULT-VALUE}, the verifier's default).")
    long work;

    @Option(names = "--threads", defaultValue = "1", description = "Pairs verified in parallel (default ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--list-unknown", description = "Also print every UNKNOWN pair's masks and reason.")
    boolean listUnknown;

    @Option(names = "--reasons", description = "Also print every pair's verdict, result and reason, one line each "
            + "(diff two runs to find a pair whose reason changed).")
    boolean reasons;

    @Option(names = "--reverse", description = "Verify the pairs in reverse order (the table must not change).")
    boolean reverse;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ProbeCensus.Result r = ProbeCensus.run(new ProbeCensus.Options(cases, seed, work, threads, reverse));
        var out = spec.commandLine().getOut();
        out.print(ProbeCensus.report(r, listUnknown, reasons));
        out.flush();
        return ExitCodes.OK;
    }
}
