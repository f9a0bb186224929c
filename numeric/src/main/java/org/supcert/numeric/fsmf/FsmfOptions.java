package org.supcert.numeric.fsmf;

/**
 * Options of the iterative FSMF solvers.
 *
 * @param iterations number of outer iterations (each updates both factors)
 * @param seed seed of the random initial point
 * @param tolerance stop early when the loss falls below tolerance * ||A||_F^2 (0: never)
 */
public record FsmfOptions(int iterations, long seed, double tolerance) {
    /** Default outer iterations of ALS. */
    public static final int DEFAULT_ALS_ITERATIONS = 200;
    /** Default outer iterations of PALM (first-order, so more). */
    public static final int DEFAULT_PALM_ITERATIONS = 2000;
    /** Default relative loss at which iterations stop early. */
    public static final double DEFAULT_TOLERANCE = 0;

    public FsmfOptions {
        if (iterations < 0) throw new IllegalArgumentException("iterations " + iterations + " must be >= 0");
        if (!(tolerance >= 0)) throw new IllegalArgumentException("tolerance " + tolerance + " must be >= 0");
    }

    public static FsmfOptions iterations(int iterations) {
        return new FsmfOptions(iterations, 1, DEFAULT_TOLERANCE);
    }
}
