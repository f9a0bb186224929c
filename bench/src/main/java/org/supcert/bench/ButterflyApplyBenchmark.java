package org.supcert.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;
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

/** Real butterfly apply, batch-inner layout: SIMD on all cores, SIMD on one core, scalar. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
public class ButterflyApplyBenchmark {
    @Param({"1024", "4096", "16384", "65536"})
    int n;

    @Param({"1", "256"})
    int batch;

    @Param({"simd", "simd-1core", "scalar"})
    String kernels;

    ButterflyOperator op;
    double[] x;
    double[] y;

    @Setup
    public void setUp() {
        ButterflyOperator simd = ButterflyOperator.of(Chains.random(42, n));
        op = switch (kernels) {
            case "simd" -> simd;
            case "simd-1core" -> simd.withThreads(1);
            case "scalar" -> simd.scalar();
            default -> throw new IllegalArgumentException(kernels);
        };
        x = Chains.gaussian(new Random(43), n * batch);
        y = new double[n * batch];
    }

    @Benchmark
    public double[] apply() {
        op.apply(x, y, batch, BatchLayout.BATCH_INNER);
        return y;
    }
}
