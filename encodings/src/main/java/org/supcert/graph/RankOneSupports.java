package org.supcert.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.supcert.support.SupportPair;

/**
 * The rank-one supports S_k = R_k x C_k of a support pair grouped into classes (docs/theory.md#section-2).
 * Columns with an empty R_k or C_k contribute nothing and belong to no class. Cost O(nnz).
 */
public final class RankOneSupports {
    private final SupportPair pair;
    private final List<SupportClass> classes;

    private RankOneSupports(SupportPair pair, List<SupportClass> classes) {
        this.pair = pair;
        this.classes = classes;
    }

    public static RankOneSupports of(SupportPair pair) {
        int r = pair.inner();
        Map<Key, Integer> ids = new HashMap<>();
        List<List<Integer>> members = new ArrayList<>();
        List<int[]> rowSets = new ArrayList<>();
        List<int[]> colSets = new ArrayList<>();
        for (int k = 0; k < r; k++) {
            int[] rows = pair.rowSet(k);
            int[] cols = rows.length == 0 ? new int[0] : pair.colSet(k);
            if (rows.length == 0 || cols.length == 0) continue;
            Key key = new Key(rows, cols);
            Integer id = ids.get(key);
            if (id == null) {
                id = members.size();
                ids.put(key, id);
                members.add(new ArrayList<>());
                rowSets.add(rows);
                colSets.add(cols);
            }
            members.get(id).add(k);
        }
        List<SupportClass> classes = new ArrayList<>(members.size());
        for (int c = 0; c < members.size(); c++) {
            int[] cols = members.get(c).stream().mapToInt(Integer::intValue).toArray();
            classes.add(new SupportClass(c, cols, rowSets.get(c), colSets.get(c)));
        }
        return new RankOneSupports(pair, List.copyOf(classes));
    }

    public SupportPair pair() { return pair; }

    /** Classes ordered by their first column. */
    public List<SupportClass> classes() { return classes; }


    private record Key(int[] rows, int[] cols) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(rows, k.rows) && Arrays.equals(cols, k.cols);
        }

        @Override
        public int hashCode() { return Arrays.hashCode(rows) * 31 + Arrays.hashCode(cols); }
    }
}
