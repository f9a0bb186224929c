package org.supcert.numeric.apply;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/** {@link FmaPeak}'s chains on the preferred double vector (the shape the SIMD kernels use). */
final class VectorFmaChains implements FmaPeak.Chains {
    private static final VectorSpecies<Double> DP = DoubleVector.SPECIES_PREFERRED;

    @Override
    public double run(long n) {
        DoubleVector m = DoubleVector.broadcast(DP, 0.999_999), c = DoubleVector.broadcast(DP, 1e-6);
        DoubleVector a0 = DoubleVector.broadcast(DP, 1), a1 = DoubleVector.broadcast(DP, 2);
        DoubleVector a2 = DoubleVector.broadcast(DP, 3), a3 = DoubleVector.broadcast(DP, 4);
        DoubleVector a4 = DoubleVector.broadcast(DP, 5), a5 = DoubleVector.broadcast(DP, 6);
        DoubleVector a6 = DoubleVector.broadcast(DP, 7), a7 = DoubleVector.broadcast(DP, 8);
        DoubleVector a8 = DoubleVector.broadcast(DP, 9), a9 = DoubleVector.broadcast(DP, 10);
        DoubleVector a10 = DoubleVector.broadcast(DP, 11), a11 = DoubleVector.broadcast(DP, 12);
        for (long i = 0; i < n; i++) { // unrolled on purpose: twelve independent chains in registers
            a0 = a0.fma(m, c);
            a1 = a1.fma(m, c);
            a2 = a2.fma(m, c);
            a3 = a3.fma(m, c);
            a4 = a4.fma(m, c);
            a5 = a5.fma(m, c);
            a6 = a6.fma(m, c);
            a7 = a7.fma(m, c);
            a8 = a8.fma(m, c);
            a9 = a9.fma(m, c);
            a10 = a10.fma(m, c);
            a11 = a11.fma(m, c);
        }
        return a0.add(a1).add(a2).add(a3).add(a4).add(a5).add(a6).add(a7).add(a8).add(a9).add(a10).add(a11)
                .reduceLanes(jdk.incubator.vector.VectorOperators.ADD);
    }

    @Override
    public int lanes() { return DP.length(); }

    @Override
    public String name() { return "vector " + DP.vectorBitSize() + "-bit"; }
}
