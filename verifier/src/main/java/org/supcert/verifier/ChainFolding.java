package org.supcert.verifier;

import java.util.ArrayList;
import java.util.List;
import org.supcert.support.Mask;

/**
 * Folds permutation-pattern layers into a neighbour (docs/theory.md#folding): a layer with
 * one allowed entry per row and column is W = Pi D, and Pi D V ranges over Pi Sigma_V, so the
 * layer disappears and the next mask has its rows permuted (the last layer folds into the
 * previous one, permuting its columns). P is unchanged, and so are the outer dimensions.
 */
final class ChainFolding {
    /** One fold: layer {@code layer} (original index) with pattern i -> pi[i] went into {@code into}. */
    record Fold(int layer, int into, boolean intoNext, int[] pi) {}

    final List<Mask> folded;
    /** Original layer index of each folded factor (the absorbing layer). */
    final List<Integer> origin;
    final List<Fold> folds;

    private ChainFolding(List<Mask> folded, List<Integer> origin, List<Fold> folds) {
        this.folded = folded;
        this.origin = origin;
        this.folds = folds;
    }

    static ChainFolding of(List<Mask> chain) {
        List<Mask> masks = new ArrayList<>(chain);
        List<Integer> origin = new ArrayList<>();
        for (int l = 0; l < chain.size(); l++) origin.add(l);
        List<Fold> folds = new ArrayList<>();
        boolean again = true;
        while (again && masks.size() > 1) {
            again = false;
            for (int p = 0; p < masks.size(); p++) {
                Mask m = masks.get(p);
                if (!m.isPermutationPattern()) continue;
                int[] pi = new int[m.rows()];
                for (int i = 0; i < m.rows(); i++) pi[i] = m.row(i)[0];
                if (p + 1 < masks.size()) {
                    folds.add(new Fold(origin.get(p), origin.get(p + 1), true, pi));
                    masks.set(p + 1, permuteRows(masks.get(p + 1), pi));
                } else {
                    folds.add(new Fold(origin.get(p), origin.get(p - 1), false, pi));
                    masks.set(p - 1, permuteColumns(masks.get(p - 1), pi));
                }
                masks.remove(p);
                origin.remove(p);
                again = true;
                break;
            }
        }
        return new ChainFolding(List.copyOf(masks), List.copyOf(origin), List.copyOf(folds));
    }

    /** Row i of the result is row pi[i] of v (Pi V with Pi[i][pi[i]] = 1). */
    static Mask permuteRows(Mask v, int[] pi) {
        Mask.Builder b = new Mask.Builder(v.rows(), v.cols());
        for (int i = 0; i < v.rows(); i++) for (int j : v.row(pi[i])) b.set(i, j);
        return b.build();
    }

    /** Column pi[i] of the result is column i of v (V Pi). */
    static Mask permuteColumns(Mask v, int[] pi) {
        Mask.Builder b = new Mask.Builder(v.rows(), v.cols());
        for (int r = 0; r < v.rows(); r++) for (int i : v.row(r)) b.set(r, pi[i]);
        return b.build();
    }
}
