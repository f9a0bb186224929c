package org.supcert.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.supcert.io.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** supcert certify-all: many supports and models on Apache Spark, one verdict line per input. */
@Command(name = "certify-all", mixinStandardHelpOptions = true,
        description = {"Check support files and certify model files on Apache Spark (embedded local[N], or a cluster "
                + "through spark-submit): one JSON line per input, as check --json and certify --json say it, "
                + "and a summary report.",
            "Inputs are paths on any Hadoop file system (file:, hdfs:, s3a:, ...): files, directories (their files), "
                + "or --from a file of paths. An unreadable input is an error line, not a failed job.",
            "Runs through the ./supcert launcher (it adds Spark) or spark-submit (README, \"Spark\")."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every verdict CLOSED", "1:some verdict NOT CLOSED", "2:usage error, or some input unreadable",
                "3:some verdict UNKNOWN, none NOT CLOSED", "4:internal error"})
final class CertifyAllCommand implements Callable<Integer> {
    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Support files (.json), model files, directories.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--from", paramLabel = "FILE", description = "A file of inputs, one path a line.")
    String from;

    @Option(names = "--master", paramLabel = "URL", defaultValue = "local[*]",
            description = "Spark master (default ${DEFAULT-VALUE}; spark-submit's master wins when it sets one).")
    String master;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "Partitions (default: one per input, at most 4 per core of the cluster).")
    int partitions;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the JSON lines to FILE (any Hadoop path) instead of standard output.")
    String out;

    @Option(names = "--markdown", paramLabel = "FILE", description = "Markdown summary (as report --markdown).")
    String markdown;

    @Option(names = "--junit", paramLabel = "FILE", description = "JUnit XML summary (as report --junit).")
    String junit;

    @CommandLine.Mixin
    VerifyLimits limits = new VerifyLimits();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (inputs.isEmpty() && from == null) throw InputException.of("no input: give files, directories or --from FILE");
        if (partitions < 0 || partitions > 1_000_000) throw InputException.of("--partitions " + partitions + " is not in [0, 1000000]");
        SparkJobs.CertifyAllRequest r = new SparkJobs.CertifyAllRequest(inputs, from, master, partitions,
                limits.verifierOptions(), out, markdown, junit);
        return SparkJobs.load().certifyAll(r, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
