package org.supcert.reports.model;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.supcert.certificate.NotClosedCertificate;
import org.supcert.numeric.fsmf.AlternatingLeastSquares;
import org.supcert.numeric.fsmf.FsmfOptions;
import org.supcert.numeric.fsmf.FsmfResult;
import org.supcert.numeric.fsmf.FsmfTrace;
import org.supcert.exact.RationalMatrix;
import org.supcert.support.SupportPair;

/**
 * Runs the numeric engine on a certificate's witness (docs/theory.md#section-8): alternating least squares
 * on the restricted pattern with target B, fixed seed and iteration count, so the trace is the same
 * on every run. Only for two-factor certificates on small blocks.
 */
public final class DivergenceTraces {
    /** Iterations of the witness run: enough for the norms to grow visibly on the LU witness. */
    public static final int ITERATIONS = 200;
    /** Largest witness block (rows or columns) run through the solver. */
    public static final int MAX_BLOCK = 32;
    private static final long SEED = 1;

    private DivergenceTraces() {}

    /** The trace of ALS towards the witness B, or null when the certificate is not a small pair. */
    public static DivergenceTrace onWitness(NotClosedCertificate c) {
        if (c == null || c.pattern().size() != 2) return null;
        RationalMatrix b = c.target();
        if (b.rows() > MAX_BLOCK || b.cols() > MAX_BLOCK) return null;
        DMatrixRMaj target = new DMatrixRMaj(b.rows(), b.cols());
        for (int i = 0; i < b.rows(); i++) for (int j = 0; j < b.cols(); j++) target.set(i, j, b.get(i, j).doubleValue());
        SupportPair pattern = new SupportPair(c.support() + " (witness block)", c.pattern().get(0), c.pattern().get(1));
        FsmfResult r = new AlternatingLeastSquares().solve(target, pattern, new FsmfOptions(ITERATIONS, SEED, 0));
        return new DivergenceTrace("als", "witness B of the certificate (" + b.rows() + " x " + b.cols() + " block)",
                points(r.trace()));
    }

    private static List<TracePoint> points(FsmfTrace t) {
        List<TracePoint> out = new ArrayList<>(t.size());
        for (FsmfTrace.Entry e : t.entries()) out.add(new TracePoint(e.iter(), e.loss(), e.normX(), e.normY()));
        return out;
    }
}
