package org.supcert.spark;

import java.io.IOException;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * The local disk under the scheme "copied:", which is not "file:": certify-all treats its files
 * as remote (HDFS, S3) and copies them to the executor before reading, as on a cluster.
 */
public class CopiedFileSystem extends RawLocalFileSystem {
    static final String SCHEME = "copied";
    /** Files opened through this file system (local mode: the executors run in the test's JVM). */
    static final AtomicInteger OPENED = new AtomicInteger();

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FSDataInputStream open(Path f, int bufferSize) throws IOException {
        OPENED.incrementAndGet();
        return super.open(f, bufferSize);
    }

    @Override
    public URI getUri() {
        return URI.create(SCHEME + ":///");
    }
}
