package org.supcert.spark;

import org.apache.spark.TaskContext;

/** The test-only failure of {@link Contexts#FAIL_PARTITION}: the first attempt of one partition throws. */
final class FailOnce {
    private FailOnce() {}

    static void maybe(int partition) {
        TaskContext t = TaskContext.get();
        if (partition >= 0 && t != null && t.partitionId() == partition && t.attemptNumber() == 0) {
            throw new IllegalStateException("injected failure of the first attempt of partition " + partition
                    + " (" + Contexts.FAIL_PARTITION + ")");
        }
    }
}
