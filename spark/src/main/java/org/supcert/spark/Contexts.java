package org.supcert.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaSparkContext;

/** Spark contexts for supcert's jobs: one place for the master and the local defaults. */
final class Contexts {
    /**
     * Test-only: the partition whose first attempt fails on purpose, to show that Spark's retry gives
     * the same result (set as a Java system property, which SparkConf reads).
     */
    static final String FAIL_PARTITION = "spark.supcert.test.failPartition";

    private Contexts() {}

    /**
     * A context for {@code job}. spark-submit's master wins when it set one (then {@code master} is
     * only printed); local masters bind to the loopback address and run without the web UI unless
     * spark.ui.enabled=true is given.
     */
    static JavaSparkContext open(String job, String master) {
        SparkConf conf = new SparkConf().setAppName("supcert " + job);
        if (!conf.contains("spark.master")) conf.setMaster(master);
        if (conf.get("spark.master").startsWith("local")) {
            conf.setIfMissing("spark.ui.enabled", "false");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
            conf.setIfMissing("spark.driver.host", "localhost");
        }
        return JavaSparkContext.fromSparkContext(SparkContext.getOrCreate(conf));
    }

    /** The partition to fail once ({@link #FAIL_PARTITION}), or -1. */
    static int failPartition(JavaSparkContext sc) {
        return sc.getConf().getInt(FAIL_PARTITION, -1);
    }
}
