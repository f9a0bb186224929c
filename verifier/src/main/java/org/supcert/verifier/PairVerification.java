package org.supcert.verifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.supcert.certificate.NamedResult;
import org.supcert.certificate.NotClosedCertificate;
import org.supcert.graph.AnalysisLimitException;
import org.supcert.graph.Component;
import org.supcert.graph.Decomposition;
import org.supcert.support.SupportPair;

/**
 * A pair, decided component by component (docs/theory.md#decomposition): P is closed iff every
 * overlap component is. Each component goes through {@link RuleOrder#COMPONENT}; the pair is
 * CLOSED when all are, NOT CLOSED when one is (its certificate is the pair's), else UNKNOWN.
 */
final class PairVerification {
    private PairVerification() {}

    static ChainRule.Decision verify(SupportPair pair, VerifySession session) {
        Decomposition d = Decomposition.of(pair);
        List<ComponentVerdict> verdicts = new ArrayList<>();
        for (Component k : d.components()) verdicts.add(decide(pair, k, session));
        Status status = Status.CLOSED;
        NotClosedCertificate cert = null;
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
            result = closedBy.isEmpty() ? NamedResult.LINEAR : strongest(closedBy);
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
        return new ChainRule.Decision(status, result, reason, List.copyOf(verdicts), cert, null, tractable, benign);
    }

    private static ComponentVerdict decide(SupportPair pair, Component k, VerifySession session) {
        ComponentContext ctx = new ComponentContext(pair, k, session);
        if (session.budget.expired()) {
            return ComponentVerdict.unknown(k, "stopped by the wall-clock safety net (--timeout) before this "
                    + "component was analysed");
        }
        for (ComponentRule rule : RuleOrder.COMPONENT) {
            try {
                Optional<ComponentRule.Decision> d = rule.decide(ctx);
                if (d.isPresent()) {
                    return verdict(k, d.get());
                }
            } catch (AnalysisLimitException e) {
                ctx.note(e.getMessage());
            }
            if (session.budget.expired()) break;
        }
        String why = ctx.notes.isEmpty() ? "no result of docs/theory.md applies" : String.join("; ", ctx.notes);
        if (session.budget.cutByClock()) why = "stopped by the wall-clock safety net (--timeout or --budget); " + why;
        return ComponentVerdict.unknown(k, why);
    }

    private static ComponentVerdict verdict(Component k, ComponentRule.Decision x) {
        return switch (x.status()) {
            case CLOSED -> ComponentVerdict.closed(k, x.result(), x.reason(), x.tractable(), x.proof());
            case NOT_CLOSED -> ComponentVerdict.notClosed(k, x.reason(), x.certificate());
            case UNKNOWN -> ComponentVerdict.unknown(k, x.reason());
        };
    }

    /** The result a CLOSED pair needed: the strongest among those its components used. */
    private static NamedResult strongest(Map<NamedResult, Integer> used) {
        NamedResult best = NamedResult.THEOREM_A;
        for (NamedResult r : used.keySet()) if (r.strength() > best.strength()) best = r;
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
}
