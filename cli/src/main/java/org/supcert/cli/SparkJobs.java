package org.supcert.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.ServiceLoader;
import org.supcert.io.InputException;
import org.supcert.reports.sweep.SweepSpec;
import org.supcert.reports.sweep.SweepTable;
import org.supcert.verifier.VerifierOptions;

/**
 * The jobs that run on Apache Spark ({@code sweep --master}, {@code certify-all}), implemented by the
 * spark module and found with {@link ServiceLoader}. The application jar holds no Spark: the
 * launcher puts the spark module on the class path only for these two commands, so every other
 * command starts without loading Spark.
 */
public interface SparkJobs {
    /**
     * The sweep on Spark: the same samples, seeds and verdicts as {@code SupportSweep.run}, so the
     * same table. Prints the cost (partitions, supports per second, where the time went) to {@code out}.
     */
    SweepTable sweep(SweepSpec spec, long timeoutMillis, String master, PrintWriter out);

    /** certify-all (README, "Spark"); returns the exit code. */
    int certifyAll(CertifyAllRequest request, PrintWriter out, PrintWriter err);

    /**
     * What certify-all was asked to do. Paths are Hadoop FileSystem paths or URIs
     * (file:, hdfs:, s3a:, ...); null for an output not asked for.
     *
     * @param inputs     support files, model files and directories
     * @param from       a file listing more inputs, one a line, or null
     * @param master     the Spark master; spark-submit's master wins when it set one
     * @param partitions number of partitions, or 0 for one per input up to the default parallelism x 4
     * @param limits     the verifier's limits, as for check and certify
     * @param out        the verdict JSON lines, or null for standard output
     * @param markdown   the Markdown summary, or null
     * @param junit      the JUnit XML summary, or null
     */
    record CertifyAllRequest(List<String> inputs, String from, String master, int partitions, VerifierOptions limits,
            String out, String markdown, String junit) {
        public CertifyAllRequest {
            inputs = List.copyOf(inputs);
        }
    }

    /** The spark module's jobs, or a usage error naming how to run them when it is not on the class path. */
    static SparkJobs load() {
        return ServiceLoader.load(SparkJobs.class).findFirst().orElseThrow(() -> InputException.of(
                "this command runs on Apache Spark, which this jar does not hold: start it with the ./supcert launcher "
                        + "(it adds the spark module) or spark-submit target/supcert-spark.jar (README, \"Spark\")"));
    }
}
