package org.supcert.numeric.butterfly;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supcert.numeric.matrix.Target;
import org.supcert.numeric.targets.Targets;

class FactorFilesTest {
    @TempDir
    Path dir;

    @Test
    void chainsRoundTripExactly() {
        Target dft = Targets.dft(32, false);
        ButterflyChain chain = HierarchicalButterfly.factorize(dft, ButterflyTree.BALANCED, Targets.bitReversal(32)).chain();
        Path f = dir.resolve("dft.json");
        FactorFiles.writeChain(f, chain);
        FactorFiles.Loaded back = FactorFiles.read(f);
        assertEquals("butterfly", back.kind());
        assertEquals(chain.factors(), back.chain().factors());
        assertArrayEquals(chain.permutation(), back.chain().permutation());
        assertTrue(ButterflyProducts.relativeError(dft, back.chain()) < 1e-12);
    }

    @Test
    void denseFactorsRoundTrip() {
        DMatrixRMaj a = new DMatrixRMaj(2, 3, true, 1, 0, 0.1, 2, 3, -1e-300);
        Path f = dir.resolve("pair.json");
        FactorFiles.writeDense(f, List.of(a, a.copy()));
        List<DMatrixRMaj> back = FactorFiles.read(f).dense();
        assertEquals(2, back.size());
        assertArrayEquals(a.data, back.get(1).data);
    }

    @Test
    void foreignFilesAreRejectedWithTheirName() throws IOException {
        Path f = dir.resolve("x.json");
        Files.writeString(f, "{\"format\": \"other\"}");
        org.supcert.io.InputException e = assertThrows(org.supcert.io.InputException.class, () -> FactorFiles.read(f));
        assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
        Files.writeString(f, "{\"format\": \"supcert-factors\", \"version\": 1, \"kind\": \"dense\", \"factors\": [{\"rows\": 2, \"cols\": 2, \"re\": [1]}]}");
        assertThrows(org.supcert.io.InputException.class, () -> FactorFiles.read(f));
    }
}
