package org.supcert.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.jtransforms.fft.DoubleFFT_1D;
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
import org.supcert.numeric.apply.ButterflyOperator;

/** One complex vector: the DFT's butterfly chain (general 2 x 2 blocks) against JTransforms' FFT. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
public class DftBenchmark {
    @Param({"4096", "65536"})
    int n;

    ButterflyOperator dft;
    DoubleFFT_1D fft;
    double[] xr;
    double[] xi;
    double[] yr;
    double[] yi;
    double[] interleaved;
    double[] work;

    @Setup
    public void setUp() {
        dft = ButterflyOperator.of(Chains.dft(n));
        fft = new DoubleFFT_1D(n);
        Random rnd = new Random(44);
        xr = Chains.gaussian(rnd, n);
        xi = Chains.gaussian(rnd, n);
        yr = new double[n];
        yi = new double[n];
        interleaved = new double[2 * n];
        for (int i = 0; i < n; i++) {
            interleaved[2 * i] = xr[i];
            interleaved[2 * i + 1] = xi[i];
        }
        work = new double[2 * n];
    }

    @Benchmark
    public double[] butterfly() {
        dft.apply(xr, xi, yr, yi);
        return yr;
    }

    @Benchmark
    public double[] jtransforms() {
        // in place: start from a copy each time (as the butterfly apply copies x into y)
        System.arraycopy(interleaved, 0, work, 0, work.length);
        fft.complexForward(work);
        return work;
    }
}
