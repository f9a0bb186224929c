package org.supcert.verifier;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.supcert.certificate.LinearizationCertificate;
import org.supcert.certificate.NamedResult;
import org.supcert.exact.ModPrime;
import org.supcert.exact.RankModPrime;
import org.supcert.graph.Component;
import org.supcert.graph.SupportClass;

/**
 * The linearization certificate of docs/theory.md#linearization, the general form of Theorem S:
 * split the rest columns into K_y (y fixed to integers, x free) and K_x (x fixed, y free); if the
 * linear space of products so obtained covers every cell of U_K outside T (exact rank modulo a
 * prime), then P_K = L(U_K): CLOSED. Named "linearization" because the certificate is a
 * linearization of the bilinear map (one factor of every column frozen), and its proof is that
 * linear map's rank.
 *
 * <p>Columns of one class are interchangeable, so a split is a count per class (how many of its
 * columns go to K_x). Every split is tried when there are few; beyond that, "all y fixed" (the
 * row form of Theorem S), "all x fixed" and seeded random splits. Integers come from a seeded
 * generator and are stored in the certificate, which is re-checked before it is printed.
 */
final class LinearizationRule implements ComponentRule {
    @Override
    public Optional<Decision> decide(ComponentContext ctx) {
        Component k = ctx.component;
        List<SupportClass> rest = new ArrayList<>();
        Set<Long> t = new HashSet<>();
        long cellsBound = 0;
        for (SupportClass c : k.classes()) {
            if (!c.isComplete()) {
                rest.add(c);
                cellsBound += c.cells();
            }
        }
        if (rest.isEmpty() || cellsBound > RuleLimits.LINEARIZATION_ENTRIES) {
            if (!rest.isEmpty()) ctx.note("linearization not tried: " + cellsBound + " cells, over the limit of " + RuleLimits.LINEARIZATION_ENTRIES);
            return Optional.empty();
        }
        long maxVars = 0;
        for (SupportClass c : rest) maxVars += (long) c.multiplicity() * Math.max(c.rows().length, c.cols().length);
        for (SupportClass c : k.classes()) {
            if (!c.isComplete()) continue;
            for (int i : c.rows()) for (int j : c.cols()) t.add(key(i, j));
        }
        // count U minus T on a bitset first: most components that cannot be spanned stop here, before any map is built
        java.util.BitSet union = new java.util.BitSet();
        int n = ctx.pair.cols();
        for (SupportClass c : rest) {
            for (int i : c.rows()) for (int j : c.cols()) if (!t.contains(key(i, j))) union.set(i * n + j);
        }
        if (maxVars < union.cardinality()) {
            ctx.note("linearization cannot apply: at most " + maxVars + " free entries for " + union.cardinality() + " cells");
            return Optional.empty();
        }
        Map<Long, Integer> cells = new HashMap<>();
        for (SupportClass c : rest) {
            for (int i : c.rows()) for (int j : c.cols()) if (!t.contains(key(i, j))) cells.putIfAbsent(key(i, j), cells.size());
        }
        List<int[]> splits = splits(rest);
        RankModPrime rank = new RankModPrime();
        int tried = 0;
        for (int a = 0; a < splits.size(); a++) {
            int[] toX = splits.get(a);
            long vars = 0;
            for (int c = 0; c < rest.size(); c++) {
                SupportClass cl = rest.get(c);
                vars += (long) toX[c] * cl.cols().length + (long) (cl.multiplicity() - toX[c]) * cl.rows().length;
            }
            if (vars < cells.size() || vars * cells.size() > RuleLimits.LINEARIZATION_ENTRIES) continue;
            tried++;
            LinearizationCertificate cert = attempt(ctx, rest, toX, a);
            long[][] m = matrix(cert, rest, cells, (int) vars);
            int r = rank.rank(m, RuleLimits.LINEARIZATION_WORK - rank.work());
            if (r < 0) {
                ctx.note("linearization: the rank computations reached their step limit after " + tried + " split(s)");
                return Optional.empty();
            }
            if (r < cells.size()) continue;
            Optional<String> failure = LinearizationCertificate.check(cert, ctx.pair);
            if (failure.isPresent()) {
                ctx.note("internal error: a linearization certificate failed its re-check (" + failure.get() + "); please report it");
                return Optional.empty();
            }
            return Optional.of(Decision.closed(NamedResult.LINEARIZATION,
                    "fixing y on " + cert.fixedY().size() + " and x on " + cert.fixedX().size() + " rest column(s) at integers "
                            + "gives a linear space of products of full dimension " + cells.size() + " off T (exact rank modulo "
                            + ModPrime.P + "): P_K is all matrices on its cells", false, cert));
        }
        ctx.note("linearization: " + tried + " split(s) tried" + (splits.size() < total(rest) ? " (heuristic)" : " (all)")
                + ", none of full rank " + cells.size());
        return Optional.empty();
    }

    /** The splits to try, as counts per rest class of columns in K_x: all y, all x, then every other or seeded ones. */
    private static List<int[]> splits(List<SupportClass> rest) {
        int n = rest.size();
        List<int[]> out = new ArrayList<>();
        int[] allY = new int[n];
        int[] allX = new int[n];
        for (int c = 0; c < n; c++) allX[c] = rest.get(c).multiplicity();
        out.add(allY);
        out.add(allX);
        long total = total(rest);
        if (total <= RuleLimits.LINEARIZATION_ALL_SPLITS) {
            int[] s = new int[n];
            while (next(s, rest)) {
                if (!java.util.Arrays.equals(s, allX)) out.add(s.clone());
            }
        } else {
            SplittableRandom rnd = new SplittableRandom(RuleLimits.LINEARIZATION_SEED);
            for (int i = 0; i < RuleLimits.LINEARIZATION_RANDOM_SPLITS; i++) {
                int[] s = new int[n];
                for (int c = 0; c < n; c++) s[c] = rnd.nextInt(rest.get(c).multiplicity() + 1);
                out.add(s);
            }
        }
        return out;
    }

    private static long total(List<SupportClass> rest) {
        long total = 1;
        for (SupportClass c : rest) total = Math.min(Long.MAX_VALUE / 64, total * (c.multiplicity() + 1));
        return total;
    }

    /** Next count vector in mixed-radix order; false after the last. */
    private static boolean next(int[] s, List<SupportClass> rest) {
        for (int c = 0; c < s.length; c++) {
            if (s[c] < rest.get(c).multiplicity()) {
                s[c]++;
                return true;
            }
            s[c] = 0;
        }
        return false;
    }

    /** The certificate of one attempt: the first toX[c] columns of class c in K_x, integers from a seeded generator. */
    private static LinearizationCertificate attempt(ComponentContext ctx, List<SupportClass> rest, int[] toX, int index) {
        SplittableRandom rnd = new SplittableRandom(RuleLimits.LINEARIZATION_SEED * 31 + index);
        List<LinearizationCertificate.Fixed> ys = new ArrayList<>();
        List<LinearizationCertificate.Fixed> xs = new ArrayList<>();
        for (int c = 0; c < rest.size(); c++) {
            SupportClass cl = rest.get(c);
            for (int s = 0; s < cl.multiplicity(); s++) {
                boolean x = s < toX[c];
                long[] v = new long[x ? cl.rows().length : cl.cols().length];
                for (int i = 0; i < v.length; i++) v[i] = 1 + rnd.nextInt(1 << 16);
                (x ? xs : ys).add(new LinearizationCertificate.Fixed(cl.columns()[s], v));
            }
        }
        ys.sort((a, b) -> Integer.compare(a.column(), b.column()));
        xs.sort((a, b) -> Integer.compare(a.column(), b.column()));
        int[] inner = ctx.component.classes().stream().flatMapToInt(c -> java.util.Arrays.stream(c.columns())).sorted().toArray();
        return new LinearizationCertificate(ctx.pair.name(), inner, ys, xs, ModPrime.P);
    }

    /** One row per free entry, one column per cell off T: the linear map of the split. */
    private static long[][] matrix(LinearizationCertificate cert, List<SupportClass> rest, Map<Long, Integer> cells, int vars) {
        Map<Integer, long[]> ys = new HashMap<>();
        Map<Integer, long[]> xs = new HashMap<>();
        cert.fixedY().forEach(f -> ys.put(f.column(), f.values()));
        cert.fixedX().forEach(f -> xs.put(f.column(), f.values()));
        long[][] m = new long[vars][cells.size()];
        int v = 0;
        for (SupportClass cl : rest) {
            for (int col : cl.columns()) {
                long[] yv = ys.get(col);
                if (yv != null) {
                    for (int i : cl.rows()) {
                        for (int b = 0; b < cl.cols().length; b++) {
                            Integer cell = cells.get(key(i, cl.cols()[b]));
                            if (cell != null) m[v][cell] = yv[b];
                        }
                        v++;
                    }
                } else {
                    long[] xv = xs.get(col);
                    for (int j : cl.cols()) {
                        for (int a = 0; a < cl.rows().length; a++) {
                            Integer cell = cells.get(key(cl.rows()[a], j));
                            if (cell != null) m[v][cell] = xv[a];
                        }
                        v++;
                    }
                }
            }
        }
        return m;
    }

    private static long key(int i, int j) { return ((long) i << 32) | j; }
}
