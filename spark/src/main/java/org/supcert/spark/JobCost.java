package org.supcert.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * What a Spark run cost, as the command prints it: where it ran, how the work was cut, the
 * throughput, and where the wall time went.
 *
 * @param master        the master the context runs on
 * @param slots         task slots (Spark's default parallelism)
 * @param partitions    partitions of the job (tasks, without retries)
 * @param retried       task attempts that failed and were retried
 * @param supports      supports verified (samples, or the linear sets of the inputs)
 * @param contextSeconds starting the context (and, in local mode, the embedded executors)
 * @param jobSeconds    the verify job, from submission to the last result on the driver
 * @param gatherSeconds tabulating and writing on the driver
 * @param taskSeconds   time spent verifying inside tasks, summed over tasks
 * @param resultBytes   the results as Java serialization writes them (what tasks ship back)
 */
record JobCost(String master, int slots, int partitions, long retried, long supports, double contextSeconds,
        double jobSeconds, double gatherSeconds, double taskSeconds, long resultBytes) {

    String lines() {
        double wall = contextSeconds + jobSeconds + gatherSeconds;
        double busy = jobSeconds > 0 ? taskSeconds / (jobSeconds * slots) : 0;
        return String.format(Locale.US, "spark: master %s, %d task slot(s), %d partition(s), %d task(s) retried%n", master,
                slots, partitions, retried)
                + String.format(Locale.US, "spark: %d supports in %.2f s: %.1f supports/s (%.1f/s in the job)%n", supports, wall,
                        supports / Math.max(wall, 1e-9), supports / Math.max(jobSeconds, 1e-9))
                + String.format(Locale.US, "spark: time: context %.2f s, job %.2f s (verifying %.2f s summed over tasks, "
                        + "%.0f%% of the slots), gather %.2f s%n", contextSeconds, jobSeconds, taskSeconds, 100 * busy, gatherSeconds)
                + String.format(Locale.US, "spark: results %,d serialized bytes (%.1f per support)%n", resultBytes,
                        (double) resultBytes / Math.max(supports, 1));
    }

    /** The Java-serialized size of a task's result. */
    static long serializedBytes(Serializable o) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(b)) {
            out.writeObject(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.size();
    }

    static double since(long nanos) {
        return (System.nanoTime() - nanos) / 1e9;
    }
}
