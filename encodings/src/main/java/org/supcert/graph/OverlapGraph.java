package org.supcert.graph;

import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * The overlap graph G of docs/theory.md#decomposition as a JGraphT graph: one vertex per class id, an edge when
 * the rank-one supports intersect. Built pairwise, so meant for reports and cross-checks on small
 * supports; {@link Decomposition} finds the components without materializing the edges.
 */
public final class OverlapGraph {
    private OverlapGraph() {}

    /** The overlap graph of the given classes (O(k^2) pair tests). */
    public static Graph<Integer, DefaultEdge> of(List<SupportClass> classes) {
        Graph<Integer, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        for (SupportClass c : classes) g.addVertex(c.id());
        for (int a = 0; a < classes.size(); a++) {
            for (int b = a + 1; b < classes.size(); b++) {
                if (intersects(classes.get(a).rows(), classes.get(b).rows())
                        && intersects(classes.get(a).cols(), classes.get(b).cols())) {
                    g.addEdge(classes.get(a).id(), classes.get(b).id());
                }
            }
        }
        return g;
    }

    /** Whether two sorted index arrays share an element. */
    static boolean intersects(int[] x, int[] y) {
        int i = 0;
        int j = 0;
        while (i < x.length && j < y.length) {
            if (x[i] == y[j]) return true;
            if (x[i] < y[j]) i++;
            else j++;
        }
        return false;
    }
}
