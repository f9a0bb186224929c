package org.supcert.spark;

import java.io.PrintWriter;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.util.LongAccumulator;
import org.supcert.reports.sweep.SupportSweep;
import org.supcert.reports.sweep.SweepSpec;
import org.supcert.reports.sweep.SweepTable;

/**
 * The sweep on Spark. The samples (flat index = density index x samples + sample index) are cut into
 * the plain sweep's chunks of {@link SupportSweep#CHUNK}; a partition verifies whole chunks with
 * {@link SupportSweep#verify}, which derives every sample's seed from the spec and its index alone.
 * The driver puts the verdicts back at their indices and tabulates them with
 * {@link SupportSweep#table}: the same table, CSV and SVG as {@code SupportSweep.run}.
 */
final class SparkSweep {
    /** Partitions per task slot: small enough tasks to even out dense (slow) and sparse samples. */
    static final int PARTITIONS_PER_SLOT = 4;

    private SparkSweep() {}

    /** The spec in serializable parts (a task rebuilds the SweepSpec). */
    record Spec(int[] widths, double[] densities, int samples, long seed) implements Serializable {
        private static final long serialVersionUID = 1L;

        static Spec of(SweepSpec s) {
            return new Spec(s.widths(), s.densities(), s.samples(), s.seed());
        }

        SweepSpec spec() {
            return new SweepSpec(widths, densities, samples, seed);
        }
    }

    /** The verdicts of samples [lo, lo + status.length): status and deciding result ordinals. */
    record Block(int lo, byte[] status, byte[] result) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    static SweepTable run(JavaSparkContext sc, SweepSpec spec, long timeoutMillis, PrintWriter out, double contextSeconds) {
        long start = System.nanoTime();
        List<Integer> chunks = new ArrayList<>();
        for (int lo = 0; lo < spec.total(); lo += SupportSweep.CHUNK) chunks.add(lo);
        int slots = sc.defaultParallelism();
        int partitions = Math.min(chunks.size(), slots * PARTITIONS_PER_SLOT);
        Spec parts = Spec.of(spec);
        int fail = Contexts.failPartition(sc);
        LongAccumulator verifyNanos = sc.sc().longAccumulator("verify nanoseconds");
        LongAccumulator retried = sc.sc().longAccumulator("tasks retried");
        sc.setJobDescription("sweep " + spec.architecture() + ": verify " + spec.densities().length + " densities x "
                + spec.samples() + " samples in " + partitions + " partitions");
        sc.setCallSite("supcert sweep: verify samples");
        JavaRDD<Block> blocks = sc.parallelize(chunks, partitions).mapPartitions(it -> {
            FailOnce.maybe(fail);
            retried.add(TaskContext.get().attemptNumber() > 0 ? 1 : 0);
            return verify(parts.spec(), it, timeoutMillis, verifyNanos);
        });
        List<Block> got = blocks.collect();
        double job = JobCost.since(start);
        long gather = System.nanoTime();
        byte[] status = new byte[spec.total()];
        byte[] result = new byte[spec.total()];
        long bytes = 0;
        long covered = 0;
        for (Block b : got) {
            covered += b.status().length;
            System.arraycopy(b.status(), 0, status, b.lo(), b.status().length);
            System.arraycopy(b.result(), 0, result, b.lo(), b.result().length);
            bytes += JobCost.serializedBytes(b);
        }
        if (covered != spec.total()) throw new IllegalStateException("the job returned " + covered + " of " + spec.total() + " samples");
        SweepTable t = SupportSweep.table(spec, status, result, JobCost.since(start), slots);
        out.print(new JobCost(sc.master(), slots, partitions, retried.value(), spec.total(), contextSeconds, job,
                JobCost.since(gather), verifyNanos.value() / 1e9, bytes).lines());
        return t;
    }

    private static Iterator<Block> verify(SweepSpec spec, Iterator<Integer> chunks, long timeoutMillis, LongAccumulator nanos) {
        List<Block> out = new ArrayList<>();
        while (chunks.hasNext()) {
            int lo = chunks.next();
            int hi = Math.min(spec.total(), lo + SupportSweep.CHUNK);
            byte[] status = new byte[hi - lo];
            byte[] result = new byte[hi - lo];
            long t = System.nanoTime();
            SupportSweep.verify(spec, lo, hi, timeoutMillis, status, result);
            nanos.add(System.nanoTime() - t);
            out.add(new Block(lo, status, result));
        }
        return out.iterator();
    }
}
