package org.supcert.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sweep --master gives the plain sweep's CSV and SVG byte for byte. The sweep's checks are
 * solver-free (no Z3, no probes) and far inside the per-sample time-out, so no verdict here depends
 * on the wall clock.
 */
class SparkSweepTest {
    /** 3 densities x 50 samples = 150 samples: 3 chunks of 64, so 3 partitions. */
    static final List<String> SWEEP = List.of("sweep", "--layers", "5,4,3", "--density", "0.2:0.8:0.3", "--samples", "50", "--seed", "11");

    @TempDir
    Path tmp;

    @AfterEach
    void noInjectedFailure() {
        System.clearProperty(Contexts.FAIL_PARTITION);
    }

    private Run sweep(String name, String... more) {
        List<String> args = new java.util.ArrayList<>(SWEEP);
        args.addAll(List.of(more));
        args.addAll(List.of("--csv", tmp.resolve(name + ".csv").toString(), "--svg", tmp.resolve(name + ".svg").toString()));
        return Run.of(args.toArray(String[]::new));
    }

    private void assertSameFiles(String a, String b) throws IOException {
        for (String ext : List.of(".csv", ".svg")) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve(a + ext)), Files.readAllBytes(tmp.resolve(b + ext)),
                    a + ext + " and " + b + ext + " differ:\n" + Files.readString(tmp.resolve(a + ext)) + "\n---\n"
                            + Files.readString(tmp.resolve(b + ext)));
        }
    }

    @Test
    void localMasterGivesThePlainSweepsTableByteForByte() throws IOException {
        Run plain = sweep("plain", "--threads", "2");
        assertEquals(0, plain.code(), plain::toString);
        Run spark = sweep("spark", "--master", "local[2]");
        assertEquals(0, spark.code(), spark::toString);
        assertSameFiles("plain", "spark");
        List<String> csv = Files.readAllLines(tmp.resolve("spark.csv"));
        assertEquals(4, csv.size(), "header and 3 densities");
        // the printed table too (its first 4 lines), and the cost lines
        assertEquals(plain.out().lines().limit(4).toList(), spark.out().lines().filter(l -> !l.startsWith("spark:")).limit(4).toList());
        assertTrue(spark.out().contains("spark: master local[2], 2 task slot(s), 3 partition(s), 0 task(s) retried"), spark::toString);
        assertTrue(spark.out().contains("150 supports in"), spark::toString);
        assertTrue(spark.out().contains("supports/s"), spark::toString);
        assertTrue(spark.out().matches("(?s).*results [0-9,]+ serialized bytes.*"), spark::toString);
    }

    @Test
    void aFailedFirstAttemptIsRetriedAndChangesNothing() throws IOException {
        Run plain = sweep("plain", "--threads", "1");
        assertEquals(0, plain.code(), plain::toString);
        System.setProperty(Contexts.FAIL_PARTITION, "1");
        Run retried = sweep("retried", "--master", "local[2,2]");
        assertEquals(0, retried.code(), retried::toString);
        assertTrue(retried.out().contains("3 partition(s), 1 task(s) retried"), retried::toString);
        assertSameFiles("plain", "retried");
        // without retries (local[2]: one attempt per task) the same injection fails the job: it did fail a task
        Run failed = sweep("failed", "--master", "local[2]");
        assertEquals(4, failed.code(), failed::toString);
        assertTrue(failed.err().contains("injected failure of the first attempt of partition 1"), failed::toString);
    }
}
