package org.supcert.graph;

/** Resource limits of the graph encodings, in one place (README, "Limits"). */
public final class GraphLimits {
    /**
     * Largest quotient grid (row types x column types) of one overlap component for which the
     * cell table of Lemma B / Theorem C and the corner search is built: 16 Mi cells, about 150 MB.
     */
    public static final long MAX_COMPONENT_GRID = 1L << 24;
    /** Work (cell visits or bitset words) allowed to tabulate one component's coverage: about a second. */
    public static final long CELL_TABLE_WORK = 1L << 30;
    /** Work budget (cell visits) of the bounded corner search for mu >= 2, per component. */
    public static final long CORNER_SEARCH_BUDGET = 1L << 26;

    private GraphLimits() {}
}
