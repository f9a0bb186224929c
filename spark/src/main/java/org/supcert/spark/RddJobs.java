package org.supcert.spark;

import java.io.PrintWriter;
import org.apache.spark.api.java.JavaSparkContext;
import org.supcert.cli.SparkJobs;
import org.supcert.reports.sweep.SweepSpec;
import org.supcert.reports.sweep.SweepTable;

/** The {@link SparkJobs} of the command line, on Spark's RDD API (registered as a service). */
public final class RddJobs implements SparkJobs {
    @Override
    public SweepTable sweep(SweepSpec spec, long timeoutMillis, String master, PrintWriter out) {
        long start = System.nanoTime();
        try (JavaSparkContext sc = Contexts.open("sweep", master)) {
            return SparkSweep.run(sc, spec, timeoutMillis, out, JobCost.since(start));
        }
    }

    @Override
    public int certifyAll(CertifyAllRequest request, PrintWriter out, PrintWriter err) {
        long start = System.nanoTime();
        try (JavaSparkContext sc = Contexts.open("certify-all", request.master())) {
            return CertifyAll.run(sc, request, out, err, JobCost.since(start));
        }
    }
}
