package org.supcert.verifier;

import java.util.List;
import java.util.Optional;

/**
 * Every rule the verifier knows, and the order in which it tries them: the one place to read to
 * see how a verdict is reached (docs/theory.md names each result).
 *
 * <p>A support is first folded (permutation-pattern layers go into a neighbour, docs/theory.md#folding),
 * then goes through {@link #CHAIN}; a pair is decided component by component through
 * {@link #COMPONENT}. The first rule that decides wins; cheap exact rules come before searches, and
 * searches before the Z3 probes.
 */
final class RuleOrder {
    /** Per overlap component of a pair. */
    static final List<ComponentRule> COMPONENT = List.of(
            new TheoremARule(),        // one class: closed
            new TheoremCRule(),        // Lemma B + masked rectangles: closed
            new TheoremSRule(),        // spanning rows or columns (matchings): P_K = L(U_K)
            new CornerRule(),          // a corner, across up to 3 classes: NOT CLOSED
            new LinearizationRule(),   // a split with integers of full rank: P_K = L(U_K)
            new ProbeRule());          // Z3: full-space query, then blocks with Laurent curves

    /** Per support (a pair is a chain of two layers). */
    static final List<ChainRule> CHAIN = List.of(
            new OneLayerRule(),        // P is the linear space on the mask
            new PairRule(),            // two layers: the component rules above
            new KroneckerChainRule(),  // chainable deformable butterfly: closed
            new CompleteMerging(),     // merge complete adjacent pairs, then AFTER_MERGING
            new SpecializationRule(),  // all layers but one fixed at integers, exact rank: P = L(U)
            new TranspositionRule(),   // reverse and transpose, then AFTER_TRANSPOSITION
            new ChainProbeRule());     // Z3 on the whole chain and on blocks

    /** After complete adjacent layers merged (only CLOSED may be concluded). */
    static final List<ChainRule> AFTER_MERGING = List.of(
            new OneLayerRule(), new PairRule(), new KroneckerChainRule(), new SpecializationRule());

    /** On the reversed, transposed chain (only CLOSED may be concluded). */
    static final List<ChainRule> AFTER_TRANSPOSITION = List.of(new KroneckerChainRule(), new CompleteMerging());

    private RuleOrder() {}

    /** The first decision of the rules, in order. */
    static Optional<ChainRule.Decision> decide(List<ChainRule> rules, ChainView view, VerifySession session) {
        for (ChainRule rule : rules) {
            Optional<ChainRule.Decision> d = rule.decide(view, session);
            if (d.isPresent()) return d;
            if (session.budget.expired()) break;
        }
        return Optional.empty();
    }
}
