package org.supcert.verifier;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** docs/theory.md#probe-strategy: the Z3 probes on a pair component that no theorem settled (see {@link Prober}). */
final class ProbeRule implements ComponentRule {
    @Override
    public Optional<Decision> decide(ComponentContext ctx) {
        if (!ctx.budget.probesEnabled()) {
            ctx.note("probes: off");
            return Optional.empty();
        }
        var k = ctx.component;
        int[] inner = k.classes().stream().flatMapToInt(c -> Arrays.stream(c.columns())).sorted().toArray();
        var sub = ctx.pair.restrict(k.rows(), k.cols(), inner);
        Prober.Outcome o = ctx.prober.probe(ctx.pair.name(), List.of(ctx.pair.left(), ctx.pair.right()), k.rows(), k.cols(),
                List.of(sub.left(), sub.right()));
        if (o.decision() == null) ctx.note(o.tried());
        return Optional.ofNullable(o.decision());
    }
}
