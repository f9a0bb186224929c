package org.supcert.graph;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Twin rows (and twin columns) of the product: rows that lie in exactly the same classes. Twins
 * have identical coverage profiles, so overlap, masked supports and mu = 1 corners can all be
 * decided on the quotient, where each twin group is one "row type". A butterfly split of size
 * 4096 has 4096 classes but as few as 2 row types, which is what keeps the verifier O(nnz).
 */
final class TwinQuotient {
    final Side rows;
    final Side cols;
    /** Per class: sorted row types of R_c and column types of C_c. */
    final int[][] classRowTypes;
    final int[][] classColTypes;

    private TwinQuotient(Side rows, Side cols, int[][] classRowTypes, int[][] classColTypes) {
        this.rows = rows;
        this.cols = cols;
        this.classRowTypes = classRowTypes;
        this.classColTypes = classColTypes;
    }

    static TwinQuotient of(RankOneSupports supports) {
        List<SupportClass> classes = supports.classes();
        int k = classes.size();
        int[][] rowSets = new int[k][];
        int[][] colSets = new int[k][];
        for (int c = 0; c < k; c++) {
            rowSets[c] = classes.get(c).rows();
            colSets[c] = classes.get(c).cols();
        }
        Side rows = Side.of(supports.pair().rows(), rowSets);
        Side cols = Side.of(supports.pair().cols(), colSets);
        return new TwinQuotient(rows, cols, rows.typesOfSets(rowSets), cols.typesOfSets(colSets));
    }

    /** One side (rows or columns) of the quotient. */
    static final class Side {
        /** type of each index, -1 when the index lies in no class. */
        final int[] typeOf;
        /** Members of each type, ascending. */
        final int[][] members;
        /** Classes containing each type, ascending. */
        final int[][] classes;

        private Side(int[] typeOf, int[][] members, int[][] classes) {
            this.typeOf = typeOf;
            this.members = members;
            this.classes = classes;
        }

        /**
         * Groups indices by the set of classes containing them. Fast path: a random 64-bit weight
         * per class summed per index (the accumulator array stays in cache, unlike the per-index
         * class lists), then an exact check that every class holds each group wholly or not at
         * all; only if that check fails (a hash collision) the exact list method runs.
         */
        static Side of(int size, int[][] sets) {
            SplittableRandom rnd = new SplittableRandom(0x5eed5eedL); // fixed: the grouping is deterministic
            long[] h = new long[size];
            int[] count = new int[size];
            for (int[] set : sets) {
                long z = rnd.nextLong();
                for (int i : set) {
                    h[i] += z;
                    count[i]++;
                }
            }
            int[] typeOf = new int[size];
            Map<Long, Integer> ids = new HashMap<>();
            int types = 0;
            for (int i = 0; i < size; i++) {
                if (count[i] == 0) {
                    typeOf[i] = -1;
                    continue;
                }
                long key = h[i] * 31 + count[i];
                Integer t = ids.putIfAbsent(key, types);
                if (t == null) t = types++;
                typeOf[i] = t;
            }
            int[] groupSize = new int[types];
            for (int t : typeOf) if (t >= 0) groupSize[t]++;
            if (!wholeGroups(sets, typeOf, groupSize)) return exact(size, sets);
            return fromTypes(typeOf, groupSize, sets);
        }

        /** True when every set contains each group entirely or not at all (then groups are exact twins). */
        private static boolean wholeGroups(int[][] sets, int[] typeOf, int[] groupSize) {
            int[] seen = new int[groupSize.length];
            int[] stamp = new int[groupSize.length];
            Arrays.fill(stamp, -1);
            int[] touched = new int[groupSize.length];
            for (int c = 0; c < sets.length; c++) {
                int n = 0;
                for (int i : sets[c]) {
                    int t = typeOf[i];
                    if (stamp[t] != c) {
                        stamp[t] = c;
                        seen[t] = 0;
                        touched[n++] = t;
                    }
                    seen[t]++;
                }
                for (int p = 0; p < n; p++) if (seen[touched[p]] != groupSize[touched[p]]) return false;
            }
            return true;
        }

        private static Side fromTypes(int[] typeOf, int[] groupSize, int[][] sets) {
            int types = groupSize.length;
            int[][] members = new int[types][];
            for (int t = 0; t < types; t++) members[t] = new int[groupSize[t]];
            int[] fill = new int[types];
            for (int i = 0; i < typeOf.length; i++) if (typeOf[i] >= 0) members[typeOf[i]][fill[typeOf[i]]++] = i;
            Side side = new Side(typeOf, members, null);
            int[][] classTypes = side.typesOfSets(sets);
            int[] perType = new int[types];
            for (int[] ts : classTypes) for (int t : ts) perType[t]++;
            int[][] classes = new int[types][];
            for (int t = 0; t < types; t++) classes[t] = new int[perType[t]];
            Arrays.fill(fill, 0);
            for (int c = 0; c < classTypes.length; c++) for (int t : classTypes[c]) classes[t][fill[t]++] = c;
            return new Side(typeOf, members, classes);
        }

        /** The exact method: materialize each index's class list and group equal lists. */
        static Side exact(int size, int[][] sets) {
            int[] count = new int[size + 1];
            for (int[] s : sets) for (int i : s) count[i + 1]++;
            for (int i = 0; i < size; i++) count[i + 1] += count[i];
            int[] lists = new int[count[size]];
            int[] fill = Arrays.copyOf(count, size);
            for (int c = 0; c < sets.length; c++) for (int i : sets[c]) lists[fill[i]++] = c;
            int[] typeOf = new int[size];
            Map<ListKey, Integer> ids = new HashMap<>();
            int[] memberCount = new int[size];
            int types = 0;
            for (int i = 0; i < size; i++) {
                if (count[i] == count[i + 1]) {
                    typeOf[i] = -1;
                    continue;
                }
                ListKey key = new ListKey(lists, count[i], count[i + 1]);
                Integer t = ids.putIfAbsent(key, types);
                if (t == null) t = types++;
                typeOf[i] = t;
                memberCount[t]++;
            }
            int[][] members = new int[types][];
            int[][] classes = new int[types][];
            int[] fillM = new int[types];
            for (int t = 0; t < types; t++) members[t] = new int[memberCount[t]];
            for (int i = 0; i < size; i++) {
                int t = typeOf[i];
                if (t < 0) continue;
                if (fillM[t] == 0) classes[t] = Arrays.copyOfRange(lists, count[i], count[i + 1]);
                members[t][fillM[t]++] = i;
            }
            return new Side(typeOf, members, classes);
        }

        int types() { return members.length; }

        int[][] typesOfSets(int[][] sets) {
            int[][] out = new int[sets.length][];
            int[] seen = new int[types()];
            java.util.Arrays.fill(seen, -1);
            int[] buf = new int[16];
            for (int c = 0; c < sets.length; c++) {
                int w = 0;
                for (int i : sets[c]) {
                    int t = typeOf[i];
                    if (seen[t] == c) continue; // deduplicate without sorting the whole set
                    seen[t] = c;
                    if (w == buf.length) buf = Arrays.copyOf(buf, w * 2);
                    buf[w++] = t;
                }
                int[] distinct = Arrays.copyOf(buf, w);
                Arrays.sort(distinct);
                out[c] = distinct;
            }
            return out;
        }
    }

    /** A slice of a shared int array compared by content. */
    private static final class ListKey {
        private final int[] a;
        private final int from;
        private final int to;
        private final int hash;

        ListKey(int[] a, int from, int to) {
            this.a = a;
            this.from = from;
            this.to = to;
            int h = 1;
            for (int p = from; p < to; p++) h = 31 * h + a[p];
            this.hash = h;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ListKey k && Arrays.equals(a, from, to, k.a, k.from, k.to);
        }

        @Override
        public int hashCode() { return hash; }
    }
}
