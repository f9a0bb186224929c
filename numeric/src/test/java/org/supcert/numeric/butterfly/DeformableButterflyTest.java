package org.supcert.numeric.butterfly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.supcert.numeric.matrix.Target;
import org.supcert.support.Mask;
import org.supcert.support.SupportChain;

class DeformableButterflyTest {

    private static ButterflyChain randomChain(ButterflyArchitecture arch, long seed, boolean complex) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<ButterflyFactor> f = new ArrayList<>();
        for (ButterflyArchitecture.Form form : arch.forms()) {
            ButterflyFactor w = ButterflyFactor.zeros(form.a(), form.b(), form.c(), form.d(), complex);
            for (int p = 0; p < w.re().length; p++) {
                w.re()[p] = rnd.nextGaussian();
                if (complex) w.im()[p] = rnd.nextGaussian();
            }
            f.add(w);
        }
        return new ButterflyChain(f, null);
    }

    @Test
    void rectangularDeformableChainsAreRecovered() {
        // 24 x 20 = (1,4,2,6)(2,3,5,2)(10,2,1,1): a' = a c and d = b' d' hold
        ButterflyArchitecture arch = new ButterflyArchitecture(List.of(
                new ButterflyArchitecture.Form(1, 4, 2, 6),
                new ButterflyArchitecture.Form(2, 3, 5, 2),
                new ButterflyArchitecture.Form(10, 2, 1, 1)));
        assertEquals(24, arch.rows());
        assertEquals(10, arch.cols());
        for (boolean complex : new boolean[] {false, true}) {
            Target t = ButterflyProducts.dense(randomChain(arch, 4, complex));
            for (ButterflyTree tree : ButterflyTree.values()) {
                ButterflyResult r = HierarchicalButterfly.factorize(t, arch, tree, null);
                assertTrue(r.relativeError() < 1e-12, tree + " complex=" + complex + ": " + r.relativeError());
            }
        }
    }

    @Test
    void monarchWithOuterIdentitiesIsRecoveredAndOffSupportIsReported() {
        // a block-diagonal overall support: (2,3,2,2)(4,2,3,1) -> I_2 x 1_(6x6)
        ButterflyArchitecture arch = new ButterflyArchitecture(List.of(
                new ButterflyArchitecture.Form(2, 3, 2, 2), new ButterflyArchitecture.Form(4, 2, 3, 1)));
        Target t = ButterflyProducts.dense(randomChain(arch, 8, false));
        ButterflyResult r = HierarchicalButterfly.factorize(t, arch, ButterflyTree.BALANCED, null);
        assertTrue(r.relativeError() < 1e-12, "error " + r.relativeError());
        assertEquals(0, r.offSupportError());
        double[] v = t.re().clone();
        v[11] += 1; // row 0, column 11: outside I_2 x 1_(6x6)
        ButterflyResult off = HierarchicalButterfly.factorize(Target.real(12, 12, v), arch, ButterflyTree.BALANCED, null);
        assertTrue(off.offSupportError() > 0 && off.relativeError() >= off.offSupportError(), "off-support not seen");
    }

    @Test
    void architectureIsRecognizedFromMasks() {
        List<Mask> masks = new ArrayList<>();
        for (int l = 1; l <= 4; l++) masks.add(ButterflyFactor.standard(16, l, false).support());
        ButterflyArchitecture arch = ButterflyArchitecture.of(new SupportChain("bf16", masks));
        assertEquals(ButterflyArchitecture.standard(16).forms(), arch.forms());
        List<Mask> bad = new ArrayList<>(masks);
        bad.set(1, Mask.fromRowStrings(java.util.Collections.nCopies(16, "1".repeat(16))));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ButterflyArchitecture.of(new SupportChain("bad", bad)));
        assertTrue(e.getMessage().contains("butterfly-compatible"), e.getMessage());
        List<Mask> swapped = List.of(masks.get(1), masks.get(0), masks.get(2), masks.get(3));
        assertThrows(IllegalArgumentException.class, () -> ButterflyArchitecture.of(new SupportChain("swapped", swapped)));
    }

    @Test
    void aSingleFactorChainDoesNotAliasTheTarget() {
        double[] v = {1, 2, 3, 4};
        ButterflyResult r = HierarchicalButterfly.factorize(Target.real(2, 2, v), ButterflyTree.BALANCED, null);
        v[0] = 100;
        assertEquals(1, r.chain().factors().get(0).re()[0]);
        assertEquals(0, r.relativeError(), 1e-15);
    }
}
