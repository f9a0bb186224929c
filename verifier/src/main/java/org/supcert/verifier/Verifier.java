package org.supcert.verifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.supcert.certificate.Certificate;
import org.supcert.certificate.CertificateCheck;
import org.supcert.graph.AnalysisLimitException;
import org.supcert.graph.Component;
import org.supcert.graph.Decomposition;
import org.supcert.support.SupportChain;
import org.supcert.support.SupportPair;

/**
 * Decides whether P is closed for a support (THEORY sections 2-6). A pair is decomposed into
 * overlap components and each component goes through the rules in order: Theorem A, Lemma B +
 * Theorem C, the corner certificate, then the Z3 probes (full-space query, block witnesses with a
 * Laurent-curve search) within the probe budget. A chain is folded (permutation layers), decided
 * as a pair or a linear space when it folds to one, recognized as a chainable deformable
 * butterfly, or probed. CLOSED needs a theorem or a full-space proof; NOT CLOSED needs a certificate
 * that re-checked; everything else is UNKNOWN with what was tried.
 */
public final class Verifier {
    private final VerifierOptions options;
    private final Prober prober;
    private final List<ComponentRule> rules;

    public Verifier(VerifierOptions options) {
        this.options = options;
        this.prober = new Prober(java.util.Collections.synchronizedMap(new java.util.HashMap<>()));
        this.rules = List.of(new TheoremARule(), new TheoremCRule(), new CornerRule(), new ProbeRule(prober));
    }

    public Verdict verify(SupportChain support) {
        long start = System.nanoTime();
        String shape = shape(support);
        if (support.length() == 1) {
            return new Verdict(support.name(), shape, Status.CLOSED, NamedResult.LINEAR,
                    "one factor: P is the linear space of matrices on the mask", List.of(), null, true, true, seconds(start));
        }
        if (!support.isPair()) return verifyChain(support, shape, start);
        return verifyPair(support.asPair(), shape, start);
    }

    /**
     * Chains (THEORY section 4, "Chains"): fold permutation layers; what folds to one factor is a
     * linear space and what folds to a pair is decided as a pair (its certificate lifted back to
     * every layer and re-checked); chainable Kronecker chains are closed by the hierarchical theorem.
     */
    private Verdict verifyChain(SupportChain chain, String shape, long start) {
        ChainFolding folding = ChainFolding.of(chain.factors());
        String folded = folding.folds.isEmpty() ? "" : "after folding " + folding.folds.size()
                + " permutation-pattern layer(s) into their neighbours, ";
        if (folding.folded.size() == 1) {
            return new Verdict(chain.name(), shape, Status.CLOSED, NamedResult.LINEAR,
                    folded + "one factor remains: P is the linear space of matrices on its mask", List.of(), null,
                    true, true, seconds(start));
        }
        if (folding.folded.size() == 2) {
            Verdict pair = verifyPair(new SupportPair(chain.name(), folding.folded.get(0), folding.folded.get(1)), shape, start);
            Certificate cert = null;
            Status status = pair.status();
            String reason = folded + pair.reason();
            if (status == Status.NOT_CLOSED) {
                Certificate lifted = ChainCertificates.lift(chain.name(), chain.factors(), folding, pair.certificate());
                CertificateCheck.Outcome o = CertificateCheck.check(lifted, options.z3TimeoutMillis());
                if (o.valid()) {
                    cert = o.certificate();
                } else {
                    status = Status.UNKNOWN;
                    reason = "internal error: the lifted chain certificate failed its re-check (" + o.failure()
                            + "); please report it";
                }
            }
            return new Verdict(chain.name(), shape, status, status == Status.UNKNOWN ? NamedResult.NONE : pair.result(),
                    reason, pair.components(), cert, pair.tractable(), pair.benignLandscape(), seconds(start));
        }
        var forms = KroneckerChainRule.recognize(folding.folded);
        if (forms.isPresent()) {
            return new Verdict(chain.name(), shape, Status.CLOSED, NamedResult.BUTTERFLY_CHAIN,
                    folded + "chainable deformable butterfly factors " + KroneckerChainRule.describe(forms.get())
                            + ": every contiguous product keeps the Kronecker form, and the hierarchical algorithm "
                            + "factors every matrix of the closure exactly", List.of(), null, true, false, seconds(start));
        }
        Verdict merged = closedAfterMerging(chain, folding.folded, shape, folded, start);
        if (merged != null) return merged;
        String why = folded + folding.folded.size() + " factors remain that are neither a pair nor a chainable "
                + "deformable butterfly chain; no theorem of THEORY section 4-5 applies";
        Budget budget = new Budget(options);
        if (budget.probesAllowed()) {
            int[] rows = java.util.stream.IntStream.range(0, chain.rows()).toArray();
            int[] cols = java.util.stream.IntStream.range(0, chain.cols()).toArray();
            Prober.Outcome o = prober.probe(chain.name(), chain.factors(), rows, cols, chain.factors(), budget.probeDeadline());
            var d = o.decision();
            if (d != null) {
                return new Verdict(chain.name(), shape, d.status(), d.result(), d.reason(), List.of(), d.certificate(),
                        false, false, seconds(start));
            }
            why += "; " + o.tried();
        }
        return new Verdict(chain.name(), shape, Status.UNKNOWN, NamedResult.NONE, why, List.of(), null, false, false,
                seconds(start));
    }

    /**
     * CLOSED through {@link CompleteMerging}, or null: the merged chain must itself be decided CLOSED
     * (one factor, a pair, or a chainable Kronecker chain), since a NOT CLOSED of the merged chain
     * would need a certificate on the original layers.
     */
    private Verdict closedAfterMerging(SupportChain chain, List<org.supcert.support.Mask> layers, String shape,
            String folded, long start) {
        CompleteMerging.Result m = CompleteMerging.merge(layers);
        if (m.merges() == 0) return null;
        String how = folded + "after merging " + m.merges() + " pair(s) of adjacent layers whose classes are all "
                + "complete (their products are all matrices on the product support, Lemma B), ";
        List<org.supcert.support.Mask> ms = m.masks();
        if (ms.size() == 1) {
            return new Verdict(chain.name(), shape, Status.CLOSED, NamedResult.LINEAR,
                    how + "one factor remains: P is the linear space of matrices on its mask", List.of(), null, true,
                    false, seconds(start));
        }
        if (ms.size() == 2) {
            Verdict pair = verifyPair(new SupportPair(chain.name(), ms.get(0), ms.get(1)), shape, start);
            if (pair.status() != Status.CLOSED) return null;
            return new Verdict(chain.name(), shape, Status.CLOSED, pair.result(), how + pair.reason(), pair.components(),
                    null, pair.tractable(), false, seconds(start));
        }
        var forms = KroneckerChainRule.recognize(ms);
        if (forms.isEmpty()) return null;
        return new Verdict(chain.name(), shape, Status.CLOSED, NamedResult.BUTTERFLY_CHAIN,
                how + "chainable deformable butterfly factors " + KroneckerChainRule.describe(forms.get()),
                List.of(), null, true, false, seconds(start));
    }

    private Verdict verifyPair(SupportPair pair, String shape, long start) {
        Budget budget = new Budget(options);
        Decomposition d = Decomposition.of(pair);
        List<ComponentVerdict> verdicts = new ArrayList<>();
        for (Component k : d.components()) verdicts.add(decide(pair, k, budget));
        Status status = Status.CLOSED;
        Certificate cert = null;
        boolean tractable = true;
        boolean benign = true;
        Map<NamedResult, Integer> closedBy = new TreeMap<>();
        ComponentVerdict firstOpen = null;
        for (ComponentVerdict v : verdicts) {
            status = Status.combine(status, v.status());
            tractable &= v.tractable();
            benign &= v.benignLandscape();
            if (v.status() == Status.CLOSED) closedBy.merge(v.result(), 1, Integer::sum);
            if (v.status() == Status.NOT_CLOSED && cert == null) {
                cert = v.certificate();
                firstOpen = v;
            }
            if (v.status() == Status.UNKNOWN && firstOpen == null) firstOpen = v;
        }
        NamedResult result;
        String reason;
        if (status == Status.CLOSED) {
            result = closedBy.isEmpty() ? NamedResult.LINEAR : strongest(closedBy.keySet());
            reason = verdicts.isEmpty() ? "no inner column has a non-empty rank-one support: P = {0}"
                    : "every component is closed: " + summary(closedBy, verdicts.size());
        } else if (status == Status.NOT_CLOSED) {
            result = firstOpen.result();
            reason = "component " + firstOpen.index() + " is not closed: " + firstOpen.reason();
        } else {
            result = NamedResult.NONE;
            long unknown = verdicts.stream().filter(v -> v.status() == Status.UNKNOWN).count();
            reason = unknown + " of " + verdicts.size() + " component(s) undecided; component " + firstOpen.index()
                    + ": " + firstOpen.reason();
        }
        return new Verdict(pair.name(), shape, status, result, reason, List.copyOf(verdicts), cert, tractable,
                benign, seconds(start));
    }

    private ComponentVerdict decide(SupportPair pair, Component k, Budget budget) {
        ComponentContext ctx = new ComponentContext(pair, k, budget);
        int rows = k.rowCount();
        int cols = k.colCount();
        boolean benign = k.classCount() == 1;
        if (budget.expired()) {
            return new ComponentVerdict(k.index(), k.classCount(), k.innerColumns(), rows, cols, Status.UNKNOWN,
                    NamedResult.NONE, "time-out before this component was analysed", false, benign, null);
        }
        try {
            for (ComponentRule rule : rules) {
                Optional<ComponentRule.Decision> d = rule.decide(ctx);
                if (d.isPresent()) {
                    ComponentRule.Decision x = d.get();
                    return new ComponentVerdict(k.index(), k.classCount(), k.innerColumns(), rows, cols, x.status(),
                            x.result(), x.reason(), x.tractable(), benign, x.certificate());
                }
            }
        } catch (AnalysisLimitException e) {
            ctx.note(e.getMessage());
        }
        String why = ctx.notes.isEmpty() ? "no result of THEORY sections 4-5 applies" : String.join("; ", ctx.notes);
        if (budget.expired()) why = "time-out after " + options.timeoutMillis() + " ms; " + why;
        return new ComponentVerdict(k.index(), k.classCount(), k.innerColumns(), rows, cols, Status.UNKNOWN,
                NamedResult.NONE, why, false, benign, null);
    }

    /** The result a CLOSED support needed: the last in declaration order among those used (A < C < full space). */
    private static NamedResult strongest(java.util.Set<NamedResult> used) {
        NamedResult best = NamedResult.THEOREM_A;
        for (NamedResult r : used) if (r.ordinal() > best.ordinal()) best = r;
        return best;
    }

    private static String summary(Map<NamedResult, Integer> closedBy, int total) {
        StringBuilder s = new StringBuilder();
        for (var e : closedBy.entrySet()) {
            if (s.length() > 0) s.append(", ");
            s.append(e.getKey().title()).append(" for ").append(e.getValue()).append(" of ").append(total);
        }
        return s.toString();
    }

    private static String shape(SupportChain s) {
        StringBuilder b = new StringBuilder();
        b.append(s.rows()).append(" x ").append(s.cols()).append(" (");
        for (int l = 0; l < s.length(); l++) {
            if (l > 0) b.append(" * ");
            b.append(s.factor(l).rows()).append("x").append(s.factor(l).cols());
        }
        return b.append(")").toString();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
