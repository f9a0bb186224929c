package org.supcert.verifier;

import java.util.Optional;
import java.util.stream.IntStream;

/**
 * docs/theory.md#probe-strategy on a chain no rule decided: the full-space query on the whole chain
 * when small, then blocks on its outer rows and columns (restriction lemma in chain form).
 */
final class ChainProbeRule implements ChainRule {
    @Override
    public Optional<Decision> decide(ChainView view, VerifySession session) {
        if (view.size() < 3) return Optional.empty();
        if (!session.budget.probesEnabled()) {
            session.note("probes: off");
            return Optional.empty();
        }
        var chain = session.support;
        int[] rows = IntStream.range(0, chain.rows()).toArray();
        int[] cols = IntStream.range(0, chain.cols()).toArray();
        Prober.Outcome o = session.prober.probe(chain.name(), chain.factors(), rows, cols, chain.factors());
        var d = o.decision();
        if (d == null) {
            session.note(o.tried());
            return Optional.empty();
        }
        return Optional.of(new Decision(d.status(), d.result(), d.reason(), java.util.List.of(), d.certificate(), null,
                false, false));
    }
}
