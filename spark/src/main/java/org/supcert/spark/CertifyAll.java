package org.supcert.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.LongAccumulator;
import org.apache.spark.util.SerializableConfiguration;
import org.supcert.cli.ExitCodes;
import org.supcert.cli.SparkJobs;
import org.supcert.io.InputException;
import org.supcert.reports.assembly.InputVerdict;
import org.supcert.reports.formats.JunitXml;
import org.supcert.reports.formats.MarkdownSummary;
import org.supcert.reports.model.Report;
import org.supcert.reports.model.SupportReport;
import org.supcert.verifier.VerifierOptions;

/**
 * certify-all on Spark: the inputs are listed on the driver, one task verifies the inputs of its
 * partition with {@link InputVerdict#of} (as check and certify do), and the driver writes the rows
 * in input order, then the summary with the reports module's writers. An input that cannot be
 * listed, copied or read is an error row; anything else that fails a task (a lost executor, a bug)
 * makes Spark retry the task.
 */
final class CertifyAll {
    private CertifyAll() {}

    static int run(JavaSparkContext sc, SparkJobs.CertifyAllRequest req, PrintWriter out, PrintWriter err, double contextSeconds) {
        long start = System.nanoTime();
        Configuration conf = sc.hadoopConfiguration();
        sc.setCallSite("supcert certify-all: list inputs");
        List<HadoopInputs.Listed> inputs = HadoopInputs.list(conf, req.inputs(), req.from());
        if (inputs.isEmpty()) err.println("supcert: certify-all: no inputs found");
        int slots = sc.defaultParallelism();
        int partitions = req.partitions() > 0 ? req.partitions() : Math.max(1, Math.min(inputs.size(), slots * SparkSweep.PARTITIONS_PER_SLOT));
        Broadcast<SerializableConfiguration> hadoop = sc.broadcast(new SerializableConfiguration(conf));
        VerifierOptions l = req.limits();
        long[] limits = {l.timeoutMillis(), l.probeSafetyMillis(), l.probeWork(), l.queryWork(), l.recheckWork()};
        int fail = Contexts.failPartition(sc);
        LongAccumulator verifyNanos = sc.sc().longAccumulator("verify nanoseconds");
        LongAccumulator retried = sc.sc().longAccumulator("tasks retried");
        sc.setJobDescription("certify-all: verify " + inputs.size() + " inputs in " + partitions + " partitions");
        sc.setCallSite("supcert certify-all: verify inputs");
        List<InputVerdict.Row> rows = sc.parallelize(inputs, partitions).mapPartitions(it -> {
            FailOnce.maybe(fail);
            retried.add(TaskContext.get().attemptNumber() > 0 ? 1 : 0);
            VerifierOptions options = new VerifierOptions(limits[0], limits[1], limits[2], limits[3], limits[4]);
            List<InputVerdict.Row> done = new ArrayList<>();
            while (it.hasNext()) {
                long t = System.nanoTime();
                done.add(verify(hadoop.value().value(), it.next(), options));
                verifyNanos.add(System.nanoTime() - t);
            }
            return done.iterator();
        }).collect();
        double jobSeconds = JobCost.since(start); // listing the inputs and the verify job
        long gather = System.nanoTime();
        StringBuilder lines = new StringBuilder();
        long bytes = 0;
        for (InputVerdict.Row r : rows) {
            lines.append(r.line()).append('\n');
            bytes += JobCost.serializedBytes(r);
        }
        if (req.out() == null) {
            out.print(lines);
            out.flush();
        } else {
            HadoopInputs.write(conf, req.out(), lines.toString());
        }
        Report summary = InputVerdict.summary(rows);
        if (req.markdown() != null) HadoopInputs.write(conf, req.markdown(), MarkdownSummary.write(summary));
        if (req.junit() != null) HadoopInputs.write(conf, req.junit(), JunitXml.write(summary));
        double gatherSeconds = JobCost.since(gather);
        err.printf(Locale.US, "certify-all: %d input(s), %d verdict(s): %d closed, %d not closed, %d unknown, %d input error(s)%n",
                inputs.size(), summary.supports().size() - summary.count(SupportReport.Outcome.INPUT_ERROR),
                summary.count(SupportReport.Outcome.CLOSED), summary.count(SupportReport.Outcome.NOT_CLOSED),
                summary.count(SupportReport.Outcome.UNKNOWN), summary.count(SupportReport.Outcome.INPUT_ERROR));
        err.print(new JobCost(sc.master(), slots, partitions, retried.value(),
                summary.supports().size() - summary.count(SupportReport.Outcome.INPUT_ERROR), contextSeconds,
                jobSeconds, gatherSeconds, verifyNanos.value() / 1e9, bytes).lines());
        for (InputVerdict.Row r : rows) if (r.error() != null) err.println("supcert: " + r.error());
        err.flush();
        return ExitCodes.of(summary);
    }

    private static InputVerdict.Row verify(Configuration conf, HadoopInputs.Listed in, VerifierOptions options) {
        if (in.error() != null) return InputVerdict.error(in.path(), in.error());
        try {
            return HadoopInputs.withLocal(conf, in.path(), local -> InputVerdict.of(in.path(), local, options));
        } catch (IOException e) {
            return InputVerdict.error(in.path(), "cannot read " + in.path() + ": " + HadoopInputs.oneLine(e));
        } catch (InputException e) { // its message names the input already
            return InputVerdict.error(in.path(), e.getMessage());
        }
    }
}
