package org.supcert.verifier;

import java.util.List;
import java.util.Optional;
import org.supcert.support.SupportChain;

/**
 * Decides whether P is closed for a support (docs/theory.md). The support is folded (permutation
 * layers) and goes through the chain rules of {@link RuleOrder}; a pair is decided component by
 * component. CLOSED needs a theorem, a re-checked closedness certificate or a full-space proof;
 * NOT CLOSED needs a certificate that re-checked; everything else is UNKNOWN with what was tried.
 *
 * <p>Same input, same verdict: every budget counts work (Z3 resource units, search steps), each
 * support has its own budget and probe cache, and the wall clock is only a safety net whose
 * firing the verdict names. A verifier may be shared by threads.
 */
public final class Verifier {
    private final VerifierOptions options;

    public Verifier(VerifierOptions options) {
        this.options = options;
    }

    public Verdict verify(SupportChain support) {
        long start = System.nanoTime();
        VerifySession session = new VerifySession(support, options);
        ChainFolding folding = ChainFolding.of(support.factors());
        ChainView view = folding.folds.isEmpty()
                ? new ChainView(support.factors(), "", c -> c, true, false)
                : new ChainView(folding.folded, "after folding " + folding.folds.size()
                        + " permutation-pattern layer(s) into their neighbours, ",
                        c -> ChainCertificates.lift(support.name(), support.factors(), folding, c), false, false);
        Optional<ChainRule.Decision> d = RuleOrder.decide(RuleOrder.CHAIN, view, session);
        String shape = shape(support);
        if (d.isPresent()) {
            ChainRule.Decision x = d.get();
            String reason = x.reason();
            if (x.status() == Status.UNKNOWN && session.budget.cutByClock() && !reason.contains("safety net")) {
                reason = "stopped by the wall-clock safety net (--timeout or --budget); " + reason;
            }
            double s = seconds(start);
            return switch (x.status()) {
                case CLOSED -> Verdict.closed(support.name(), shape, x.result(), reason, x.components(), x.proof(), x.tractable(),
                        x.benignLandscape(), s);
                case NOT_CLOSED -> Verdict.notClosed(support.name(), shape, reason, x.components(), x.certificate(),
                        x.tractable(), x.benignLandscape(), s);
                case UNKNOWN -> Verdict.unknown(support.name(), shape, reason, x.components(), x.tractable(),
                        x.benignLandscape(), s);
            };
        }
        String why = view.how() + view.size() + " factors remain and no result of docs/theory.md decides them"
                + (session.notes.isEmpty() ? "" : ": " + String.join("; ", session.notes));
        if (session.budget.cutByClock()) why = "stopped by the wall-clock safety net (--timeout or --budget); " + why;
        return Verdict.unknown(support.name(), shape, why, List.of(), false, false, seconds(start));
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
