package org.supcert.numeric.fsmf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.supcert.support.Mask;
import org.supcert.support.SupportPair;

/**
 * The LU support (left ["10","11"], right ["11","01"]) is not closed: B = [[0,1],[1,0]] is in the
 * closure but not in the set. Both solvers drive the loss to 0 while the factor norms grow.
 */
class DivergenceTraceTest {
    static final SupportPair LU = new SupportPair("lu2", Mask.fromRowStrings(List.of("10", "11")),
            Mask.fromRowStrings(List.of("11", "01")));
    static final DMatrixRMaj B = new DMatrixRMaj(2, 2, true, 0, 1, 1, 0);

    private static void assertDiverges(FsmfResult r) {
        List<FsmfTrace.Entry> e = r.trace().entries();
        int n = e.size();
        String where = r.method() + " trace " + e.subList(0, Math.min(5, n)) + " ... " + e.get(n - 1);
        // loss decreases towards 0 over the run, norms grow, checked on log-spaced checkpoints
        int[] checkpoints = {n / 64, n / 16, n / 4, n - 1};
        for (int k = 1; k < checkpoints.length; k++) {
            FsmfTrace.Entry prev = e.get(checkpoints[k - 1]), cur = e.get(checkpoints[k]);
            assertTrue(cur.loss() < prev.loss(), "loss must keep decreasing: " + prev + " -> " + cur + "; " + where);
            assertTrue(cur.normX() + cur.normY() > prev.normX() + prev.normY(),
                    "norms must keep growing: " + prev + " -> " + cur + "; " + where);
        }
        FsmfTrace.Entry last = e.get(n - 1);
        assertTrue(last.loss() < 0.05 * e.get(0).loss(), "loss must approach 0; " + where);
        assertTrue(last.normX() + last.normY() > 3 * (e.get(0).normX() + e.get(0).normY()), "norms must grow; " + where);
    }

    @Test
    void alsDrivesTheLossToZeroWhileTheNormsGrow() {
        assertDiverges(new AlternatingLeastSquares().solve(B, LU, new FsmfOptions(4000, 3, 0)));
    }

    @Test
    void palmDrivesTheLossToZeroWhileTheNormsGrow() {
        assertDiverges(new Palm().solve(B, LU, new FsmfOptions(4000, 3, 0)));
    }

    @Test
    void traceCsvHasTheAgreedHeader() {
        FsmfResult r = new Palm().solve(B, LU, new FsmfOptions(3, 1, 0));
        StringWriter w = new StringWriter();
        r.trace().writeCsv(w);
        String[] lines = w.toString().split("\n");
        assertEquals("iter,loss,normX,normY", lines[0]);
        assertEquals(5, lines.length);
        assertTrue(lines[1].startsWith("0,"), lines[1]);
    }
}
