package org.supcert.verifier;

import java.util.Optional;

/** THEORY section 6: the Z3 probes on a pair component that no theorem settled (see {@link Prober}). */
final class ProbeRule implements ComponentRule {
    private final Prober prober;

    ProbeRule(Prober prober) {
        this.prober = prober;
    }

    @Override
    public Optional<Decision> decide(ComponentContext ctx) {
        if (!ctx.budget.probesAllowed()) {
            ctx.note("probes: no probe budget left");
            return Optional.empty();
        }
        var k = ctx.component;
        int[] rows = k.rows();
        int[] cols = k.cols();
        int[] inner = k.classes().stream().flatMapToInt(c -> java.util.Arrays.stream(c.columns())).sorted().toArray();
        var sub = ctx.pair.restrict(rows, cols, inner);
        var part = java.util.List.of(sub.left(), sub.right());
        long deadline = ctx.budget.probeDeadline();
        Prober.Outcome o = prober.probe(ctx.pair.name(), java.util.List.of(ctx.pair.left(), ctx.pair.right()), rows, cols,
                part, deadline);
        if (o.decision() == null) ctx.note(o.tried());
        return Optional.ofNullable(o.decision());
    }

}
