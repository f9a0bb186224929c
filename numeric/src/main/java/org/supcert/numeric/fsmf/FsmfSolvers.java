package org.supcert.numeric.fsmf;

import java.util.Locale;
import org.supcert.graph.AnalysisLimitException;
import org.supcert.support.SupportPair;

/** Chooses an FSMF method by name: exact | als | palm, or "auto" (exact when it applies, else ALS). */
public final class FsmfSolvers {
    private FsmfSolvers() {}

    public static FsmfSolver byName(String name, SupportPair support) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "exact" -> new ExactFsmf();
            case "als" -> new AlternatingLeastSquares();
            case "palm" -> new Palm();
            case "auto" -> exactApplies(support) ? new ExactFsmf() : new AlternatingLeastSquares();
            default -> throw org.supcert.io.InputException.of("--solver '" + name + "' is not exact, als, palm or auto");
        };
    }

    private static boolean exactApplies(SupportPair support) {
        try {
            return ExactFsmf.applies(support);
        } catch (AnalysisLimitException e) {
            return false; // too large to decompose: the iterative solver still runs
        }
    }

    /** The default iteration count of a solver (ignored by the exact one). */
    public static int defaultIterations(FsmfSolver s) {
        return s instanceof Palm ? FsmfOptions.DEFAULT_PALM_ITERATIONS : FsmfOptions.DEFAULT_ALS_ITERATIONS;
    }
}
