package org.supcert.verifier;

import java.util.ArrayList;
import java.util.List;
import org.supcert.graph.RankOneSupports;
import org.supcert.graph.SupportClass;
import org.supcert.support.Mask;
import org.supcert.support.SupportPair;

/**
 * Merges adjacent layers whose pair spans a whole linear space: when every class of the pair
 * (W_l, W_(l+1)) is complete, Lemma B (docs/theory.md#lemma-b) with nothing left gives
 * { W_l W_(l+1) } = L(U), all matrices on the product support U, so the two layers can be replaced
 * by one layer with mask U without changing P. Dense layers of an MLP merge this way down to the
 * narrowest one. Used only towards CLOSED: a NOT CLOSED needs a certificate on the original layers.
 */
final class CompleteMerging implements ChainRule {
    /** The merged masks and how many merges were made. */
    record Result(List<Mask> masks, int merges) {}

    /** Merges, then tries {@link RuleOrder#AFTER_MERGING} on the merged chain, towards CLOSED only. */
    @Override
    public java.util.Optional<Decision> decide(ChainView view, VerifySession session) {
        if (view.size() < 3) return java.util.Optional.empty();
        Result m = merge(view.layers());
        if (m.merges() == 0) return java.util.Optional.empty();
        String how = view.how() + "after merging " + m.merges() + " pair(s) of adjacent layers whose classes are all "
                + "complete (their products are all matrices on the product support, Lemma B), ";
        ChainView merged = new ChainView(m.masks(), how, null, false, view.transposed());
        return RuleOrder.decide(RuleOrder.AFTER_MERGING, merged, session);
    }

    static Result merge(List<Mask> chain) {
        List<Mask> masks = new ArrayList<>(chain);
        int merges = 0;
        boolean again = true;
        while (again && masks.size() > 1) {
            again = false;
            for (int l = 0; l + 1 < masks.size(); l++) {
                if (!everyClassComplete(masks.get(l), masks.get(l + 1))) continue;
                masks.set(l, masks.get(l).product(masks.get(l + 1)));
                masks.remove(l + 1);
                merges++;
                again = true;
                break;
            }
        }
        return new Result(List.copyOf(masks), merges);
    }

    static boolean everyClassComplete(Mask left, Mask right) {
        return RankOneSupports.of(new SupportPair("merge", left, right)).classes().stream()
                .allMatch(SupportClass::isComplete);
    }
}
