package org.supcert.verifier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.supcert.certificate.Certificate;
import org.supcert.certificate.CertificateCheck;
import org.supcert.certificate.LaurentCurve;
import org.supcert.certificate.Restriction;
import org.supcert.poly.FullSpaceQuery;
import org.supcert.poly.LaurentCurveSearch;
import org.supcert.poly.RationalMatrix;
import org.supcert.poly.SolverOutcome;
import org.supcert.poly.SolverTroubleException;
import org.supcert.support.Mask;

/**
 * The probe strategy of THEORY section 6 for what no theorem settles: the full-space query on the
 * whole (small) component; then small blocks R' x C' around overlapping cells, each restricted
 * from the original support (restriction lemma), where a full-space query hands over matrices B
 * outside the restricted set and a Laurent-curve search of degree 1..3 tries to reach them. A
 * curve found becomes a certificate only after the exact re-check. Restricted patterns that gave
 * nothing are remembered by canonical form, so repeated sub-patterns cost nothing.
 */
final class Prober {
    /** What was decided, or null, and the log of what was tried. */
    record Outcome(ComponentRule.Decision decision, String tried) {}

    private static final int WITNESSES_PER_BLOCK = 3;

    private final Map<String, Boolean> fruitless;

    /** @param fruitless canonical forms of restricted patterns already probed without result (shared, synchronized by the caller) */
    Prober(Map<String, Boolean> fruitless) {
        this.fruitless = fruitless;
    }

    /**
     * @param name      support name, for certificates
     * @param original  the whole support (chain form)
     * @param rows      product rows of the part probed (a component, or everything)
     * @param cols      product columns of the part probed
     * @param part      the part's own pattern for the full-space query (a component's classes only), or null to skip it
     * @param deadline  System.nanoTime() after which to stop
     */
    Outcome probe(String name, List<Mask> original, int[] rows, int[] cols, List<Mask> part, long deadline) {
        try {
            return probeWithZ3(name, original, rows, cols, part, deadline);
        } catch (SolverTroubleException e) { // Z3 failed: no decision, and the reason goes into the UNKNOWN
            return new Outcome(null, "probes stopped: " + e.getMessage());
        }
    }

    private Outcome probeWithZ3(String name, List<Mask> original, int[] rows, int[] cols, List<Mask> part, long deadline) {
        Tally tally = new Tally();
        if (part != null) {
            int vars = variables(part);
            if (vars <= ProbeLimits.FULL_SPACE_VARIABLES && !expired(deadline)) {
                FullSpaceQuery.Result fs = FullSpaceQuery.check(part, timeout(deadline));
                tally.fullSpace = fs.outcome().status() + " (" + fs.variables() + " variables, " + fs.outcome().millis() + " ms)";
                if (fs.outcome().isUnsat()) {
                    return new Outcome(new ComponentRule.Decision(Status.CLOSED, NamedResult.FULL_SPACE,
                            "Z3 nlqsat proved that every matrix on the " + fs.cells() + " reachable cells is a product (P = L(U)) in "
                                    + fs.outcome().millis() + " ms", false, null), tally.toString());
                }
                if (fs.outcome().isSat() && fs.outside() != null) {
                    List<int[]> kept = Restriction.keptIndices(original, rows, cols);
                    Certificate c = curveTowards(name, rows, cols, kept, Restriction.pattern(original, kept), fs.outside(),
                            deadline, tally);
                    if (c != null) return found(c, "whole component", tally);
                }
            } else if (vars > ProbeLimits.FULL_SPACE_VARIABLES) {
                tally.fullSpace = "skipped (" + vars + " variables > " + ProbeLimits.FULL_SPACE_VARIABLES + ")";
            }
        }
        for (int[] shape : ProbeLimits.BLOCK_SHAPES) {
            if (shape[0] > rows.length || shape[1] > cols.length) continue;
            int[] rsel = first(shape[0]);
            do {
                int[] csel = first(shape[1]);
                do {
                    if (expired(deadline) || tally.blocks >= ProbeLimits.MAX_BLOCKS) {
                        tally.cut = true;
                        return new Outcome(null, tally.toString());
                    }
                    int[] r = pick(rows, rsel);
                    int[] c = pick(cols, csel);
                    Certificate cert = probeBlock(name, original, r, c, deadline, tally);
                    if (cert != null) return found(cert, shape[0] + "x" + shape[1] + " block", tally);
                } while (next(csel, cols.length));
            } while (next(rsel, rows.length));
        }
        return new Outcome(null, tally.toString());
    }

    private Certificate probeBlock(String name, List<Mask> original, int[] r, int[] c, long deadline, Tally tally) {
        List<int[]> kept = Restriction.keptIndices(original, r, c);
        for (int l = 1; l < kept.size() - 1; l++) if (kept.get(l).length == 0) return null;
        List<Mask> pattern = Restriction.pattern(original, kept);
        if (original.size() == 2 && !overlaps(pattern)) return null; // disjoint rank-one supports: closed (Theorem A)
        if (variables(pattern) > ProbeLimits.BLOCK_VARIABLES) return null;
        String key = CanonicalPattern.key(pattern);
        if (fruitless.containsKey(key)) {
            tally.cacheHits++;
            return null;
        }
        tally.blocks++;
        FullSpaceQuery.Result fs = FullSpaceQuery.check(pattern, timeout(deadline));
        if (fs.outcome().isUnsat()) {
            fruitless.put(key, Boolean.TRUE);
            return null;
        }
        if (!fs.outcome().isSat() || fs.outside() == null) return null; // time-out: may succeed with more budget
        tally.witnesses++;
        Certificate cert = curveTowards(name, r, c, kept, pattern, fs.outside(), deadline, tally);
        if (cert == null && !expired(deadline)) fruitless.put(key, Boolean.TRUE);
        return cert;
    }

    /**
     * Searches Laurent curves of degree 1..MAX towards B in {@code pattern}, the restriction of the
     * original support to rows x cols with the inner indices {@code kept}.
     */
    private Certificate curveTowards(String name, int[] rows, int[] cols, List<int[]> kept, List<Mask> pattern,
            RationalMatrix b, long deadline, Tally tally) {
        if (!NumericFilter.mayBeInClosure(pattern, b)) {
            tally.filtered++;
            return null;
        }
        for (int d = 1; d <= ProbeLimits.MAX_DEGREE && !expired(deadline); d++) {
            tally.curveSearches++;
            LaurentCurveSearch.Result res = LaurentCurveSearch.find(pattern, b, d, timeout(deadline));
            if (res.coefficients() == null) continue;
            Certificate cert = new Certificate(name, NamedResult.PROBE_CERTIFICATE.id(), rows, cols,
                    List.copyOf(kept.subList(1, kept.size() - 1)), pattern, b, new LaurentCurve(d, res.coefficients()),
                    null, 0, null);
            CertificateCheck.Outcome o = CertificateCheck.check(cert, timeout(deadline));
            if (o.valid()) return o.certificate();
            tally.rejected++;
        }
        return null;
    }

    private static Outcome found(Certificate c, String where, Tally tally) {
        return new Outcome(new ComponentRule.Decision(Status.NOT_CLOSED, NamedResult.PROBE_CERTIFICATE,
                "Z3 probe (" + where + "): B = " + c.target() + " on rows " + Arrays.toString(c.rows()) + " x columns "
                        + Arrays.toString(c.cols()) + " is unattainable and reached by a Laurent curve of degree "
                        + c.curve().degree(), false, c), tally.toString());
    }

    /** True when some cell of the restricted pair is covered by two inner columns. */
    static boolean overlaps(List<Mask> pair) {
        Mask left = pair.get(0);
        Mask right = pair.get(1);
        for (int i = 0; i < left.rows(); i++) {
            for (int j = 0; j < right.cols(); j++) {
                int cov = 0;
                for (int k : left.row(i)) if (right.get(k, j) && ++cov >= 2) return true;
            }
        }
        return false;
    }

    static int variables(List<Mask> chain) {
        int n = 0;
        for (Mask m : chain) n += m.nonZeros();
        return n;
    }

    private static long timeout(long deadline) {
        return Math.max(1, Math.min(ProbeLimits.QUERY_MILLIS, (deadline - System.nanoTime()) / 1_000_000));
    }

    private static boolean expired(long deadline) {
        return System.nanoTime() > deadline;
    }

    private static int[] first(int k) {
        int[] s = new int[k];
        for (int i = 0; i < k; i++) s[i] = i;
        return s;
    }

    /** Next k-combination of 0..n-1 in lexicographic order; false after the last. */
    private static boolean next(int[] s, int n) {
        int k = s.length;
        for (int i = k - 1; i >= 0; i--) {
            if (s[i] < n - k + i) {
                s[i]++;
                for (int j = i + 1; j < k; j++) s[j] = s[j - 1] + 1;
                return true;
            }
        }
        return false;
    }

    private static int[] pick(int[] from, int[] sel) {
        int[] out = new int[sel.length];
        for (int i = 0; i < sel.length; i++) out[i] = from[sel[i]];
        return out;
    }

    /** Counts for the UNKNOWN reason: what the probes tried. */
    private static final class Tally {
        String fullSpace = "not run";
        int blocks;
        int cacheHits;
        int witnesses;
        int curveSearches;
        int filtered;
        int rejected;
        boolean cut;

        @Override
        public String toString() {
            List<String> s = new ArrayList<>();
            s.add("full-space query " + fullSpace);
            s.add(blocks + " block(s) probed, " + cacheHits + " cache hit(s), " + witnesses + " witness(es), "
                    + filtered + " left out by the numeric filter, " + curveSearches + " curve search(es)");
            if (rejected > 0) s.add(rejected + " curve(s) failed the exact re-check");
            if (cut) s.add("stopped by the probe budget");
            return "probes: " + String.join("; ", s);
        }
    }
}
