package org.supcert.network;

/** What docs/theory.md#section-7 says about the training problem of a sparse network. */
public enum NetworkStatus {
    /** An optimum exists for every data set (Theorem IV: two layers, output dimension 1; or one linear layer). */
    OPTIMUM_EXISTS,
    /** Some data set has no optimum: training may diverge (Theorems V and VI: a linear set is not closed). */
    ILL_POSED,
    /** The linear set is closed: the necessary condition holds, and no theorem says more. */
    NO_OBSTRUCTION_FOUND,
    /** Closedness of the linear set is undecided. */
    UNKNOWN
}
