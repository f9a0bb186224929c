package org.supcert.verifier;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.supcert.certificate.NamedResult;
import org.supcert.certificate.SpanningCertificate;
import org.supcert.graph.Component;
import org.supcert.graph.SpanningRows;

/**
 * docs/theory.md#theorem-s: after Lemma B, if every row i of the component has a matching of G_i
 * covering V_i (or every column, the transposed statement), then P_K = L(U_K): CLOSED, and FSMF
 * on K is tractable (the optimum is A restricted to U_K). The matchings are the certificate; it is
 * re-checked from the support alone before it is printed.
 */
final class TheoremSRule implements ComponentRule {
    @Override
    public Optional<Decision> decide(ComponentContext ctx) {
        Component k = ctx.component;
        StringBuilder why = new StringBuilder("Theorem S does not apply:");
        for (SpanningRows.Orientation o : SpanningRows.Orientation.values()) {
            SpanningRows.Result r = SpanningRows.analyze(k, o, RuleLimits.SPANNING_WORK);
            String line = o == SpanningRows.Orientation.ROWS ? "row" : "column";
            if (!r.spans()) {
                why.append(r.failingLine() < 0 ? " the " + line + " matchings were cut by their step limit;"
                        : " " + line + " " + r.failingLine() + " has no matching covering its V (Hall's condition fails);");
                continue;
            }
            SpanningCertificate cert = certificate(ctx, o, r);
            Optional<String> failure = SpanningCertificate.check(cert, ctx.pair);
            if (failure.isPresent()) {
                // a failed re-check is a bug in the matching; it must never become a verdict
                ctx.note("internal error: a Theorem S certificate failed its re-check (" + failure.get() + "); please report it");
                continue;
            }
            return Optional.of(Decision.closed(NamedResult.THEOREM_S,
                    "every " + line + " of the component has a matching covering V (Theorem S, " + line
                            + " form, after absorbing " + completeClasses(k) + " complete class(es)): P_K is all matrices on its "
                            + k.rowCount() + " x " + k.colCount() + " cells", true, cert));
        }
        ctx.note(why.substring(0, why.length() - 1));
        return Optional.empty();
    }

    private static SpanningCertificate certificate(ComponentContext ctx, SpanningRows.Orientation o, SpanningRows.Result r) {
        int[] inner = ctx.component.classes().stream().flatMapToInt(c -> Arrays.stream(c.columns())).sorted().toArray();
        List<SpanningCertificate.Line> lines = r.lines().stream()
                .map(l -> new SpanningCertificate.Line(l.at(), l.matched(), l.inner())).toList();
        return new SpanningCertificate(ctx.pair.name(), o == SpanningRows.Orientation.ROWS ? "rows" : "cols", inner, lines);
    }

    private static long completeClasses(Component k) {
        return k.classes().stream().filter(c -> c.isComplete()).count();
    }
}
