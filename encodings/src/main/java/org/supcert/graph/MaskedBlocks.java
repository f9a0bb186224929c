package org.supcert.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lemma B and Theorem C of docs/theory.md#theorem-c for one component: absorb the complete classes into
 * T, read every other class c on its masked support Omega_c = S_c minus T, and test whether the
 * Omega_c are pairwise disjoint unions of rectangles with disjoint row sets and disjoint column
 * sets. When they are, P_K is closed and FSMF on K is solved exactly by one rank-mu_c truncated
 * SVD per {@link Block} followed by a fit of the residual on T.
 *
 * <p>A bipartite graph (rows - columns, an edge per cell) has only complete connected components
 * iff any two of its rows have identical or disjoint column sets; that is the test used here, in
 * O(|S_c|) per class on the twin quotient (twins share their column sets, so the blow-up of a
 * union of rectangles is again one).
 */
public final class MaskedBlocks {
    /** A rectangle of Omega_c: the FSMF of Theorem C fits a rank-{@code rank} matrix there. */
    public record Block(SupportClass owner, int[] rows, int[] cols) {
        public int rank() { return owner.multiplicity(); }
    }

    private final List<SupportClass> complete;
    private final List<Block> blocks;
    private final String obstruction;

    private MaskedBlocks(List<SupportClass> complete, List<Block> blocks, String obstruction) {
        this.complete = complete;
        this.blocks = blocks;
        this.obstruction = obstruction;
    }

    /**
     * Runs the test on a component.
     *
     * @throws AnalysisLimitException when the component is too large to tabulate
     */
    public static MaskedBlocks analyze(Component k) {
        List<SupportClass> complete = k.classes().stream().filter(SupportClass::isComplete).toList();
        // The obstruction: the first cell (row-major) shared by two non-complete classes outside T.
        // With no complete class T is empty, and that cell is found row by row without the
        // component's cell table (on the 768 x 3072 x 768 MLP pairs, building the table was 15-30%
        // of the whole verification, spent only to stop at row 0).
        int[] shared = complete.isEmpty() ? firstSharedCell(k) : null;
        if (shared != null) return overlap(k, complete, shared[0], shared[1]);
        CellTable t = k.cells();
        if (!complete.isEmpty()) {
            for (int r = 0; r < t.rows(); r++) {
                for (int c = 0; c < t.cols(); c++) {
                    if (!t.inT(r, c) && t.owner(r, c) == CellTable.SHARED) return overlap(k, complete, r, c);
                }
            }
        }
        List<Block> blocks = new ArrayList<>();
        int words = (t.cols() + 63) >>> 6;
        for (int p = 0; p < k.classCount(); p++) {
            SupportClass cls = k.classes().get(p);
            if (cls.isComplete()) continue;
            int[] localCols = k.localCols(p);
            // column set of each local row of Omega_c, as a bitset over local columns
            Map<BitsKey, List<Integer>> groups = new HashMap<>();
            List<BitsKey> order = new ArrayList<>();
            int[] ownerRow = new int[t.cols()];
            Arrays.fill(ownerRow, -1);
            long[][] rowSets = new long[t.rows()][];
            for (int r : k.localRows(p)) {
                long[] bits = new long[words];
                boolean any = false;
                for (int c : localCols) {
                    if (!t.inT(r, c)) {
                        bits[c >>> 6] |= 1L << c;
                        any = true;
                    }
                }
                if (!any) continue;
                rowSets[r] = bits;
                for (int c : localCols) {
                    if ((bits[c >>> 6] & (1L << c)) == 0) continue;
                    int other = ownerRow[c];
                    if (other < 0) ownerRow[c] = r;
                    else if (!Arrays.equals(rowSets[other], bits)) {
                        return new MaskedBlocks(complete, List.of(), "the masked support of " + cls
                                + " has a connected bipartite component that is not complete (rows "
                                + k.rowsOf(other)[0] + " and " + k.rowsOf(r)[0] + " share column "
                                + k.colsOf(c)[0] + " but differ elsewhere)");
                    }
                }
                BitsKey key = new BitsKey(bits);
                groups.computeIfAbsent(key, x -> {
                    order.add(x);
                    return new ArrayList<>();
                }).add(r);
            }
            for (BitsKey key : order) {
                int[] rows = groups.get(key).stream().flatMapToInt(r -> Arrays.stream(k.rowsOf(r))).sorted().toArray();
                int[] cols = java.util.stream.IntStream.range(0, t.cols())
                        .filter(c -> (key.bits[c >>> 6] & (1L << c)) != 0)
                        .flatMap(c -> Arrays.stream(k.colsOf(c))).sorted().toArray();
                blocks.add(new Block(cls, rows, cols));
            }
        }
        return new MaskedBlocks(complete, List.copyOf(blocks), null);
    }

    private static MaskedBlocks overlap(Component k, List<SupportClass> complete, int r, int c) {
        return new MaskedBlocks(complete, List.of(), "the masked supports of two non-complete classes"
                + " overlap at cell (" + k.rowsOf(r)[0] + ", " + k.colsOf(c)[0] + ")");
    }

    /**
     * The first local cell (row-major) covered by two or more classes, or null: per local row, the
     * column sets of the classes through it are OR-ed into "once" and "twice" bitsets.
     */
    static int[] firstSharedCell(Component k) {
        int rows = k.localRowCount();
        int words = (k.localColCount() + 63) >>> 6;
        int[] count = new int[rows + 1];
        for (int p = 0; p < k.classCount(); p++) for (int r : k.localRows(p)) count[r + 1]++;
        for (int r = 0; r < rows; r++) count[r + 1] += count[r];
        int[] classesOf = new int[count[rows]];
        int[] fill = Arrays.copyOf(count, rows);
        for (int p = 0; p < k.classCount(); p++) for (int r : k.localRows(p)) classesOf[fill[r]++] = p;
        long[] once = new long[words];
        long[] twice = new long[words];
        for (int r = 0; r < rows; r++) {
            Arrays.fill(once, 0);
            Arrays.fill(twice, 0);
            for (int i = count[r]; i < count[r + 1]; i++) {
                for (int c : k.localCols(classesOf[i])) {
                    long bit = 1L << c;
                    if ((once[c >>> 6] & bit) != 0) twice[c >>> 6] |= bit;
                    else once[c >>> 6] |= bit;
                }
            }
            for (int w = 0; w < words; w++) {
                if (twice[w] != 0) return new int[] {r, (w << 6) + Long.numberOfTrailingZeros(twice[w])};
            }
        }
        return null;
    }

    /** True when Theorem C applies: P_K is closed and FSMF on K is exact by blocks. */
    public boolean applies() { return obstruction == null; }

    /** Why Theorem C does not apply, or null when it does. */
    public String obstruction() { return obstruction; }

    /** The complete classes absorbed by Lemma B (their union is T). */
    public List<SupportClass> completeClasses() { return complete; }

    /** The rectangles of the masked supports (empty when Theorem C does not apply). */
    public List<Block> blocks() { return blocks; }

    private record BitsKey(long[] bits) {
        @Override
        public boolean equals(Object o) { return o instanceof BitsKey b && Arrays.equals(bits, b.bits); }

        @Override
        public int hashCode() { return Arrays.hashCode(bits); }
    }
}
