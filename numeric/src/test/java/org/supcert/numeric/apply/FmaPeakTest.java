package org.supcert.numeric.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The peak measurement returns usable numbers and names the kernel it ran. */
class FmaPeakTest {
    @Test
    void peakIsPositiveAndNamesItsKernel() {
        FmaPeak.Peak p = FmaPeak.measure(0.09);
        assertTrue(p.oneCore() > 0 && Double.isFinite(p.oneCore()), p::toString);
        assertTrue(p.allCores() > 0 && Double.isFinite(p.allCores()), p::toString);
        assertEquals(Runtime.getRuntime().availableProcessors(), p.threads(), p::toString);
        // the tests run with --add-modules jdk.incubator.vector (pom), so the vector chains must load
        assertTrue(p.kernel().startsWith("vector "), p::toString);
    }

    @Test
    void scalarChainsConvergeInsteadOfOverflowing() {
        double s = new FmaPeak.ScalarChains().run(50_000_000);
        // each chain tends to c / (1 - m) = 1: twelve of them sum to about 12, never Inf or NaN
        assertEquals(12, s, 0.5);
    }
}
