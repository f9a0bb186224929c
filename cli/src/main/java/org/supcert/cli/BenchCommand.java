package org.supcert.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Parent of the benchmark commands; each prints contenders side by side, measured in one run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks measured on this machine (README, \"Performance\").",
        subcommands = {BenchVerifyCommand.class, BenchApplyCommand.class, BenchProbesCommand.class})
final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
