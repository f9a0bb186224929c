package org.supcert.numeric.apply;

import java.util.List;

/**
 * Groups runs of in-place 2 x 2 stages into cache-sized passes. Stages whose strides d all lie in
 * [step, span/2] (powers of two) only mix rows within the cosets {r + v * step : v < span/step}, so
 * one coset at a time can go through all of them while it stays in cache; this is what makes one
 * memory pass serve many levels at large N.
 */
final class Passes {
    private Passes() {}

    /** Stages [from, to) on cosets of span/step rows at row step {@code step}. */
    record Pass(int from, int to, int step, int span) {}

    /** Rows of the given width that fit the block budget of {@link ApplyTuning#BLOCK_BYTES}. */
    static int budgetRows(int width, int bytesPerValue) {
        return Math.max(2, ApplyTuning.BLOCK_BYTES / (Math.max(width, 1) * bytesPerValue));
    }

    /**
     * The longest pass starting at stage {@code from} whose cosets have at most budget rows. With
     * {@code contiguous} (a single vector, which vectorizes over neighbouring rows) the cosets are
     * always runs of consecutive rows (step 1).
     */
    static Pass next(List<Stage> stages, int from, int budget, boolean contiguous) {
        Stage first = stages.get(from);
        int n = first.rowsIn();
        if (!powerOfTwoStrides(first) || Integer.bitCount(n) != 1) return new Pass(from, from + 1, 1, n);
        if (contiguous && 2L * hi(first) > budget) return new Pass(from, from + 1, 1, n);
        int lo = contiguous ? 1 : lo(first);
        int hi = hi(first);
        int to = from + 1;
        while (to < stages.size()) {
            Stage st = stages.get(to);
            boolean inPlace = st.kind == Stage.Kind.PAIR || st.kind == Stage.Kind.PAIR2;
            if (!inPlace || st.rowsIn() != n || !powerOfTwoStrides(st)) break;
            int lo2 = Math.min(lo, lo(st));
            int hi2 = Math.max(hi, hi(st));
            if (2L * hi2 / lo2 > budget) break;
            lo = lo2;
            hi = hi2;
            to++;
        }
        return new Pass(from, to, lo, 2 * hi);
    }

    private static int lo(Stage s) {
        return s.kind == Stage.Kind.PAIR2 ? Math.min(s.d, s.d2) : s.d;
    }

    private static int hi(Stage s) {
        return s.kind == Stage.Kind.PAIR2 ? Math.max(s.d, s.d2) : s.d;
    }

    private static boolean powerOfTwoStrides(Stage s) {
        return Integer.bitCount(s.d) == 1 && (s.kind != Stage.Kind.PAIR2 || Integer.bitCount(s.d2) == 1);
    }
}
