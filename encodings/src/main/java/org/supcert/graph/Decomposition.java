package org.supcert.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.supcert.support.SupportPair;

/**
 * The graph encoding of a support pair (docs/theory.md#section-2 to #section-3): its classes and the connected
 * components of the overlap graph (classes adjacent when their rank-one supports intersect).
 * P is the direct sum of the components' sets, so every verdict is taken per component.
 *
 * <p>Components are found by a breadth-first search on the twin quotient. Two classes overlap iff
 * they share a row type and a column type (S_c = R_c x C_c is a product), so the search marks the
 * classes sharing a row type of the popped class, then scans those sharing a column type. Visited
 * classes are removed from the per-type lists as they are met, so a dense component (LU: every
 * class meets every other) costs O(nnz), not O(r^2). Written here rather than with JGraphT's
 * ConnectivityInspector because the overlap graph itself can have r^2/2 edges (8 M for LU 4096);
 * {@link OverlapGraph} builds the JGraphT graph for small components and the tests check that
 * both agree.
 */
public final class Decomposition {
    private final RankOneSupports supports;
    private final List<Component> components;

    private Decomposition(RankOneSupports supports, List<Component> components) {
        this.supports = supports;
        this.components = components;
    }

    public static Decomposition of(SupportPair pair) {
        RankOneSupports supports = RankOneSupports.of(pair);
        TwinQuotient q = TwinQuotient.of(supports);
        int k = supports.classes().size();
        long incidences = 0;
        long listEntries = 0;
        for (int c = 0; c < k; c++) {
            incidences += (long) q.classRowTypes[c].length * q.classColTypes[c].length;
            listEntries += q.classRowTypes[c].length + q.classColTypes[c].length;
        }
        long grid = (long) q.rows.types() * q.cols.types();
        int[][] groups = incidences <= 4 * listEntries + k && grid <= GraphLimits.MAX_COMPONENT_GRID
                ? byCells(q, k) : bySearch(q, k);
        List<Component> components = new ArrayList<>(groups.length);
        int[][] scratch = new int[2][];
        for (int[] members : groups) components.add(new Component(components.size(), supports, q, members, scratch));
        return new Decomposition(supports, List.copyOf(components));
    }

    /** Component member lists by breadth-first search (see the class comment), in order of smallest class. */
    static int[][] bySearch(TwinQuotient q, int k) {
        int[][] rowLists = deepCopy(q.rows.classes);
        int[] rowLive = lengths(rowLists);
        int[][] colLists = deepCopy(q.cols.classes);
        int[] colLive = lengths(colLists);
        boolean[] visited = new boolean[k];
        int[] stamp = new int[k];
        Arrays.fill(stamp, -1);
        int[] queue = new int[k];
        List<int[]> groups = new ArrayList<>();
        for (int start = 0; start < k; start++) {
            if (visited[start]) continue;
            int head = 0;
            int tail = 0;
            queue[tail++] = start;
            visited[start] = true;
            while (head < tail) {
                int c = queue[head++];
                for (int rt : q.classRowTypes[c]) {
                    int[] list = rowLists[rt];
                    int live = compact(list, rowLive[rt], visited);
                    rowLive[rt] = live;
                    for (int p = 0; p < live; p++) stamp[list[p]] = c;
                }
                for (int ct : q.classColTypes[c]) {
                    int[] list = colLists[ct];
                    int live = compact(list, colLive[ct], visited);
                    colLive[ct] = live;
                    for (int p = 0; p < live; p++) {
                        int d = list[p];
                        if (stamp[d] == c && !visited[d]) {
                            visited[d] = true;
                            queue[tail++] = d;
                        }
                    }
                }
            }
            int[] members = Arrays.copyOf(queue, tail);
            Arrays.sort(members);
            groups.add(members);
        }
        return groups.toArray(new int[0][]);
    }

    /**
     * Component member lists by union-find over the quotient cells each class covers: linear in
     * those incidences, which is cheaper than the search when classes are small on the quotient
     * (every butterfly split: one cell per class). Same result and order as {@link #bySearch}.
     */
    static int[][] byCells(TwinQuotient q, int k) {
        int cols = q.cols.types();
        int[] owner = new int[Math.toIntExact((long) q.rows.types() * cols)];
        Arrays.fill(owner, -1);
        int[] parent = new int[k];
        for (int c = 0; c < k; c++) parent[c] = c;
        for (int c = 0; c < k; c++) {
            for (int rt : q.classRowTypes[c]) {
                int base = rt * cols;
                for (int ct : q.classColTypes[c]) {
                    int cell = base + ct;
                    if (owner[cell] < 0) owner[cell] = c;
                    else union(parent, owner[cell], c);
                }
            }
        }
        int[] size = new int[k];
        for (int c = 0; c < k; c++) size[find(parent, c)]++;
        int[][] byRoot = new int[k][];
        int[] fill = new int[k];
        List<int[]> groups = new ArrayList<>();
        for (int c = 0; c < k; c++) { // ascending c: groups come out in order of their smallest class
            int r = find(parent, c);
            if (byRoot[r] == null) {
                byRoot[r] = new int[size[r]];
                groups.add(byRoot[r]);
            }
            byRoot[r][fill[r]++] = c;
        }
        return groups.toArray(new int[0][]);
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }

    private static int compact(int[] list, int live, boolean[] visited) {
        int w = 0;
        for (int p = 0; p < live; p++) if (!visited[list[p]]) list[w++] = list[p];
        return w;
    }

    private static int[][] deepCopy(int[][] a) {
        int[][] out = new int[a.length][];
        for (int i = 0; i < a.length; i++) out[i] = a[i].clone();
        return out;
    }

    private static int[] lengths(int[][] a) {
        int[] out = new int[a.length];
        for (int i = 0; i < a.length; i++) out[i] = a[i].length;
        return out;
    }

    public RankOneSupports supports() { return supports; }

    /** Components ordered by their smallest class. */
    public List<Component> components() { return components; }
}
