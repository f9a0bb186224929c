package org.supcert.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.CommonOps_MT_DDRM;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.supcert.numeric.apply.BatchLayout;
import org.supcert.numeric.apply.ButterflyOperator;

/** EJML with the dense matrix of the same butterfly chain: GEMV (batch 1) and multithreaded GEMM. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
public class DenseProductBenchmark {
    @Param({"1024", "4096"})
    int n;

    @Param({"1", "256"})
    int batch;

    DMatrixRMaj a;
    DMatrixRMaj x;
    DMatrixRMaj y;

    @Setup
    public void setUp() {
        double[] eye = new double[n * n];
        for (int i = 0; i < n; i++) eye[i * n + i] = 1;
        double[] dense = new double[n * n];
        ButterflyOperator.of(Chains.random(42, n)).apply(eye, dense, n, BatchLayout.BATCH_INNER);
        a = DMatrixRMaj.wrap(n, n, dense);
        x = DMatrixRMaj.wrap(n, batch, Chains.gaussian(new Random(43), n * batch));
        y = new DMatrixRMaj(n, batch);
    }

    @Benchmark
    public DMatrixRMaj product() {
        if (batch == 1) {
            CommonOps_DDRM.mult(a, x, y);
        } else {
            CommonOps_MT_DDRM.mult(a, x, y);
        }
        return y;
    }
}
