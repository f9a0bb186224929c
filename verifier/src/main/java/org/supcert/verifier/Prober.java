package org.supcert.verifier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.supcert.certificate.CertificateCheck;
import org.supcert.certificate.CurveCertificate;
import org.supcert.certificate.LaurentCurve;
import org.supcert.certificate.LaurentWitness;
import org.supcert.certificate.NamedResult;
import org.supcert.certificate.NotClosedCertificate;
import org.supcert.certificate.Restriction;
import org.supcert.poly.Attainability;
import org.supcert.poly.FullSpaceQuery;
import org.supcert.poly.LaurentCurveSearch;
import org.supcert.exact.RationalMatrix;
import org.supcert.poly.SolverOutcome;
import org.supcert.poly.SolverTroubleException;
import org.supcert.support.Mask;

/**
 * The probe strategy of docs/theory.md#probe-strategy for what no theorem settles: the full-space
 * query on the whole (small) part, asked again on the transposed pattern when it runs out of work;
 * then small blocks R' x C', each restricted from the original
 * support (restriction lemma), where a full-space query hands over matrices B outside the
 * restricted set and a Laurent-curve search of degree 1..3 tries to reach them. A curve found
 * becomes a certificate only after the exact re-check.
 *
 * <p>Blocks: every block of every shape when there are few; on larger parts, blocks grown
 * greedily around overlapping cells (fewest inner columns first), so that a 768 x 768 component
 * is probed on 2 x 2 to 4 x 4 restrictions instead of scanning combinations it can never finish.
 * When no block can be small enough, the probes say so at once.
 *
 * <p>Every query gets the same fixed work limit and the support's budget counts the work used, so
 * the outcome is a function of the input. One prober serves one support: restricted patterns that
 * gave nothing are remembered by canonical form within that support only, so the order in which
 * supports are verified cannot change a verdict.
 */
final class Prober {
    /** What was decided, or null, and the log of what was tried. */
    record Outcome(ComponentRule.Decision decision, String tried) {}

    private final Budget budget;
    private final Set<String> fruitless = new HashSet<>();

    Prober(Budget budget) {
        this.budget = budget;
    }

    /**
     * @param name      support name, for certificates
     * @param original  the whole support (chain form)
     * @param rows      product rows of the part probed (a component, or everything)
     * @param cols      product columns of the part probed
     * @param part      the part's own pattern for the full-space query (a component's classes only), or null to skip it
     */
    Outcome probe(String name, List<Mask> original, int[] rows, int[] cols, List<Mask> part) {
        try {
            return probeWithZ3(name, original, rows, cols, part);
        } catch (SolverTroubleException e) { // Z3 failed: no decision, and the reason goes into the UNKNOWN
            return new Outcome(null, "probes stopped: " + e.getMessage());
        }
    }

    private Outcome probeWithZ3(String name, List<Mask> original, int[] rows, int[] cols, List<Mask> part) {
        Tally tally = new Tally();
        // witnesses in the closure by construction first: each costs one attainability query, cheap
        // when B is attainable, and the full-space query below may spend a whole query's work
        if (original.size() == 2) {
            NotClosedCertificate c = cancellation(name, original, rows, cols, tally);
            if (c != null) return found(c, "cancellation curve on the whole component", tally);
        }
        if (part != null) {
            int vars = variables(part);
            if (vars > RuleLimits.FULL_SPACE_VARIABLES) {
                tally.fullSpace = "skipped (" + vars + " variables > " + RuleLimits.FULL_SPACE_VARIABLES + ")";
            } else if (allowed(tally)) {
                FullSpaceQuery.Result fs = FullSpaceQuery.check(part, budget.probeQuery());
                charge(fs.outcome());
                tally.fullSpace = describe(fs.outcome()) + " (" + fs.variables() + " variables)";
                if (fs.outcome().isUnsat()) return fullSpaceClosed("", fs.cells(), tally);
                // The same question on the transpose (P = L(U) iff P^T = L(U^T)): nlqsat's variable
                // order follows the encoding, and on the 2,000-pair table it settled within a query
                // pairs whose direct query ran out of work at five times the work limit.
                if (fs.outcome().status() == SolverOutcome.Status.UNKNOWN && !fs.outcome().byClock() && allowed(tally)) {
                    FullSpaceQuery.Result ft = FullSpaceQuery.check(ChainTransposition.transpose(part), budget.probeQuery());
                    charge(ft.outcome());
                    tally.fullSpace += ", on the transpose " + describe(ft.outcome());
                    if (ft.outcome().isUnsat()) {
                        return fullSpaceClosed(", on the transposed pattern (docs/theory.md#transposition),", ft.cells(), tally);
                    }
                    if (ft.outcome().isSat() && ft.outside() != null) fs = new FullSpaceQuery.Result(ft.outcome(),
                            ft.outside().transpose(), ft.cells(), ft.variables());
                }
                if (fs.outcome().isSat() && fs.outside() != null) {
                    List<int[]> kept = Restriction.keptIndices(original, rows, cols);
                    NotClosedCertificate c = curveTowards(name, rows, cols, kept, Restriction.pattern(original, kept), fs.outside(), tally);
                    if (c != null) return found(c, "whole component", tally);
                }
            }
        }
        if (tally.stopped == null) {
            List<int[][]> blocks = blocks(original, rows, cols, tally);
            for (int[][] b : blocks) {
                if (tally.stopped != null) break;
                NotClosedCertificate cert = probeBlock(name, original, b[0], b[1], tally);
                if (cert != null) return found(cert, b[0].length + "x" + b[1].length + " block", tally);
            }
        }
        return new Outcome(null, tally.toString());
    }

    /** CLOSED by the full-space query's UNSAT; {@code where} is "" or the pattern it was asked on, between commas. */
    private static Outcome fullSpaceClosed(String where, int cells, Tally tally) {
        return new Outcome(ComponentRule.Decision.closed(NamedResult.FULL_SPACE, "Z3 nlqsat proved" + where
                + " that every matrix on the " + cells + " reachable cells is a product (P = L(U))", false), tally.toString());
    }

    /** True when one more query fits; otherwise records why the probes stopped. */
    private boolean allowed(Tally tally) {
        if (budget.probeQueryAllowed()) return true;
        if (tally.stopped == null) {
            tally.stopped = budget.cutByClock() ? "stopped by the probes' wall-clock safety net (--budget)"
                    : "stopped: the probe work budget is spent (--work)";
        }
        return false;
    }

    private void charge(SolverOutcome o) {
        budget.chargeProbe(o.work());
        if (o.byClock()) budget.markClockCut();
    }

    /** The blocks to probe, in a fixed order: all of them for a small part, else grown around overlapping cells. */
    private List<int[][]> blocks(List<Mask> original, int[] rows, int[] cols, Tally tally) {
        long combos = 0;
        for (int[] shape : RuleLimits.BLOCK_SHAPES) {
            if (shape[0] > rows.length || shape[1] > cols.length) continue;
            combos += binomial(rows.length, shape[0]) * binomial(cols.length, shape[1]);
            if (combos > RuleLimits.MAX_BLOCKS) break;
        }
        if (combos <= RuleLimits.MAX_BLOCKS) return allBlocks(rows, cols);
        return original.size() == 2 ? new BlockGrowth(original.get(0), original.get(1), rows, cols, tally).blocks()
                : sampledBlocks(original, rows, cols, tally);
    }

    private static List<int[][]> allBlocks(int[] rows, int[] cols) {
        List<int[][]> out = new ArrayList<>();
        for (int[] shape : RuleLimits.BLOCK_SHAPES) {
            if (shape[0] > rows.length || shape[1] > cols.length) continue;
            int[] rsel = first(shape[0]);
            do {
                int[] csel = first(shape[1]);
                do {
                    out.add(new int[][] {pick(rows, rsel), pick(cols, csel)});
                } while (next(csel, cols.length));
            } while (next(rsel, rows.length));
        }
        return out;
    }

    /** Chains too large to enumerate: seeded random blocks whose restricted pattern is small enough, within a work limit. */
    private static List<int[][]> sampledBlocks(List<Mask> original, int[] rows, int[] cols, Tally tally) {
        SplittableRandom rnd = new SplittableRandom(rows.length * 31L + cols.length);
        long nnz = 0;
        for (Mask m : original) nnz += m.nonZeros();
        List<int[][]> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        long work = 0;
        int tries = 0;
        while (out.size() < RuleLimits.BLOCK_SEEDS && work < RuleLimits.BLOCK_CHOICE_WORK) {
            int[] shape = RuleLimits.BLOCK_SHAPES[tries++ % RuleLimits.BLOCK_SHAPES.length];
            if (shape[0] > rows.length || shape[1] > cols.length) continue;
            int[] r = sample(rows, shape[0], rnd);
            int[] c = sample(cols, shape[1], rnd);
            work += nnz;
            if (!seen.add(Arrays.toString(r) + Arrays.toString(c))) continue;
            List<Mask> pattern = Restriction.pattern(original, Restriction.keptIndices(original, r, c));
            if (variables(pattern) <= RuleLimits.BLOCK_VARIABLES) out.add(new int[][] {r, c});
        }
        tally.choice = tries + " random block(s) drawn, " + out.size() + " small enough to probe";
        return out;
    }

    private static int[] sample(int[] from, int k, SplittableRandom rnd) {
        int[] idx = rnd.ints(0, from.length).distinct().limit(k).toArray();
        int[] out = new int[k];
        for (int i = 0; i < k; i++) out[i] = from[idx[i]];
        Arrays.sort(out);
        return out;
    }

    private NotClosedCertificate probeBlock(String name, List<Mask> original, int[] r, int[] c, Tally tally) {
        List<int[]> kept = Restriction.keptIndices(original, r, c);
        for (int l = 1; l < kept.size() - 1; l++) if (kept.get(l).length == 0) return null;
        List<Mask> pattern = Restriction.pattern(original, kept);
        if (original.size() == 2 && !overlaps(pattern)) return null; // disjoint rank-one supports: closed (Theorem A)
        if (variables(pattern) > RuleLimits.BLOCK_VARIABLES) return null;
        String key = CanonicalPattern.key(pattern);
        if (fruitless.contains(key)) {
            tally.cacheHits++;
            return null;
        }
        if (!allowed(tally)) return null;
        tally.blocks++;
        FullSpaceQuery.Result fs = FullSpaceQuery.check(pattern, budget.probeQuery());
        charge(fs.outcome());
        if (fs.outcome().isUnsat()) {
            fruitless.add(key);
            return null;
        }
        if (!fs.outcome().isSat() || fs.outside() == null) {
            if (!fs.outcome().byClock()) fruitless.add(key); // the fixed work limit gives the same answer next time
            return null;
        }
        tally.witnesses++;
        NotClosedCertificate cert = curveTowards(name, r, c, kept, pattern, fs.outside(), tally);
        if (cert == null && tally.stopped == null) fruitless.add(key);
        return cert;
    }

    /**
     * Searches Laurent curves of degree 1..MAX towards B in {@code pattern}, the restriction of the
     * original support to rows x cols with the inner indices {@code kept}.
     */
    private NotClosedCertificate curveTowards(String name, int[] rows, int[] cols, List<int[]> kept, List<Mask> pattern,
            RationalMatrix b, Tally tally) {
        if (!NumericFilter.mayBeInClosure(pattern, b)) {
            tally.filtered++;
            return null;
        }
        for (int d = 1; d <= RuleLimits.MAX_DEGREE; d++) {
            if (!allowed(tally)) return null;
            tally.curveSearches++;
            LaurentCurveSearch.Result res = LaurentCurveSearch.find(pattern, b, d, budget.probeQuery());
            charge(res.outcome());
            if (res.coefficients() == null) continue;
            NotClosedCertificate cert = new CurveCertificate(name, new LaurentWitness(rows, cols,
                    List.copyOf(kept.subList(1, kept.size() - 1)), pattern, b, new LaurentCurve(d, res.coefficients())), null);
            CertificateCheck.Outcome o = CertificateCheck.check(cert, budget.recheck());
            if (o.valid()) return o.certificate();
            rejected(o, tally);
        }
        return null;
    }

    /**
     * Witnesses in the closure by construction ({@link CancellationWitness}) on the whole part:
     * each is tried by one attainability query; UNSAT makes the curve a certificate.
     */
    private NotClosedCertificate cancellation(String name, List<Mask> original, int[] rows, int[] cols, Tally tally) {
        List<int[]> kept = Restriction.keptIndices(original, rows, cols);
        List<Mask> pattern = Restriction.pattern(original, kept);
        if (variables(pattern) > RuleLimits.CANCELLATION_VARIABLES) return null;
        for (CancellationWitness.Candidate w : CancellationWitness.candidates(pattern, RuleLimits.CANCELLATION_CANDIDATES,
                RuleLimits.CANCELLATION_SEED)) {
            if (w.target().isZero()) continue;
            if (!allowed(tally)) return null;
            tally.cancellations++;
            SolverOutcome o = Attainability.check(pattern, w.target(), budget.probeQuery());
            charge(o);
            if (!o.isUnsat()) continue;
            NotClosedCertificate cert = new CurveCertificate(name, new LaurentWitness(rows, cols,
                    List.copyOf(kept.subList(1, kept.size() - 1)), pattern, w.target(), w.curve()), null);
            CertificateCheck.Outcome checked = CertificateCheck.check(cert, budget.recheck());
            if (checked.valid()) return checked.certificate();
            rejected(checked, tally);
        }
        return null;
    }

    /** Counts a candidate whose re-check failed; one the wall clock cut marks the verdict as cut by it. */
    private void rejected(CertificateCheck.Outcome o, Tally tally) {
        tally.rejected++;
        if (o.byClock()) budget.markClockCut();
    }

    private static Outcome found(NotClosedCertificate c, String where, Tally tally) {
        return new Outcome(ComponentRule.Decision.notClosed(
                "Z3 probe (" + where + "): B = " + c.target() + " on rows " + Arrays.toString(c.rows()) + " x columns "
                        + Arrays.toString(c.cols()) + " is unattainable and reached by a Laurent curve of degree "
                        + c.curve().degree(), c), tally.toString());
    }

    private static String describe(SolverOutcome o) {
        return o.status() == SolverOutcome.Status.UNKNOWN ? "UNKNOWN (" + o.reason() + ")" : o.status().toString();
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

    private static long binomial(int n, int k) {
        long b = 1;
        for (int i = 0; i < k; i++) b = b * (n - i) / (i + 1);
        return b;
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

    /**
     * Blocks of a large pair part grown around overlapping cells: seeds are the cells covered by
     * 2..{@code BLOCK_VARIABLES/2} inner columns (fewest first), and each shape is grown from a seed
     * by adding the row or column that brings in the fewest new inner columns. Bounded by
     * {@link RuleLimits#BLOCK_CHOICE_WORK} bitset words.
     */
    private static final class BlockGrowth {
        final int[] rows;
        final int[] cols;
        final long[][] rowInner;
        final long[][] colInner;
        final int words;
        final Tally tally;
        long work;

        BlockGrowth(Mask left, Mask right, int[] rows, int[] cols, Tally tally) {
            this.rows = rows;
            this.cols = cols;
            this.tally = tally;
            this.words = (left.cols() + 63) >>> 6;
            rowInner = new long[rows.length][words];
            colInner = new long[cols.length][words];
            for (int a = 0; a < rows.length; a++) for (int k : left.row(rows[a])) rowInner[a][k >>> 6] |= 1L << k;
            for (int b = 0; b < cols.length; b++) for (int k : right.column(cols[b])) colInner[b][k >>> 6] |= 1L << k;
        }

        List<int[][]> blocks() {
            int maxCov = RuleLimits.BLOCK_VARIABLES / 2;
            List<long[]> seeds = new ArrayList<>(); // {cov, a, b}
            long minCov = Long.MAX_VALUE;
            boolean complete = true;
            outer:
            for (int a = 0; a < rows.length; a++) {
                for (int b = 0; b < cols.length; b++) {
                    if ((work += words) > RuleLimits.BLOCK_CHOICE_WORK) {
                        complete = false;
                        break outer;
                    }
                    int cov = count(rowInner[a], colInner[b]);
                    if (cov < 2) continue;
                    minCov = Math.min(minCov, cov);
                    if (cov <= maxCov) seeds.add(new long[] {cov, a, b});
                }
            }
            if (seeds.isEmpty()) {
                tally.stopped = complete ? "not applicable: every overlapping cell is covered by at least " + minCov
                        + " inner columns, so every block around it has more than " + RuleLimits.BLOCK_VARIABLES
                        + " factor variables" : "no overlapping cell covered by at most " + maxCov
                        + " inner columns among those scanned within the block-choice step limit";
                return List.of();
            }
            seeds.sort((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : x[1] != y[1] ? Long.compare(x[1], y[1]) : Long.compare(x[2], y[2]));
            List<int[][]> out = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            int used = 0;
            for (long[] s : seeds) {
                if (used++ >= RuleLimits.BLOCK_SEEDS || work > RuleLimits.BLOCK_CHOICE_WORK) break;
                for (int[] shape : RuleLimits.BLOCK_SHAPES) {
                    if (shape[0] > rows.length || shape[1] > cols.length) continue;
                    int[][] b = grow((int) s[1], (int) s[2], shape[0], shape[1]);
                    if (b != null && seen.add(Arrays.deepToString(b))) out.add(b);
                }
            }
            // fewest inner columns first: small restricted patterns are the ones Z3 settles within a query
            out.sort((x, y) -> Integer.compare(x[2][0], y[2][0]));
            tally.choice = out.size() + " block(s) grown around " + Math.min(used, seeds.size()) + " of " + seeds.size()
                    + " overlapping cell(s)" + (complete ? "" : " (cell scan cut by its step limit)");
            return out;
        }

        /** Grows a block from seed (a, b), alternating rows and columns: {rows, cols, {inner columns kept}}, or null when too wide. */
        private int[][] grow(int a, int b, int nr, int nc) {
            List<Integer> ra = new ArrayList<>(List.of(a));
            List<Integer> cb = new ArrayList<>(List.of(b));
            long[] rowU = rowInner[a].clone();
            long[] colU = colInner[b].clone();
            while (ra.size() < nr || cb.size() < nc) {
                boolean addRow = ra.size() < nr && (ra.size() <= cb.size() || cb.size() >= nc);
                int best = -1;
                int bestCount = Integer.MAX_VALUE;
                int n = addRow ? rows.length : cols.length;
                for (int x = 0; x < n; x++) {
                    if (addRow ? ra.contains(x) : cb.contains(x)) continue;
                    work += words;
                    int c = addRow ? countUnion(rowU, rowInner[x], colU) : countUnion(colU, colInner[x], rowU);
                    if (c < bestCount) {
                        bestCount = c;
                        best = x;
                    }
                }
                if (best < 0 || 2 * bestCount > RuleLimits.BLOCK_VARIABLES) return null;
                if (addRow) {
                    ra.add(best);
                    or(rowU, rowInner[best]);
                } else {
                    cb.add(best);
                    or(colU, colInner[best]);
                }
            }
            int[] r = ra.stream().mapToInt(x -> rows[x]).sorted().toArray();
            int[] c = cb.stream().mapToInt(x -> cols[x]).sorted().toArray();
            return new int[][] {r, c, {count(rowU, colU)}};
        }

        private static int count(long[] a, long[] b) {
            int n = 0;
            for (int w = 0; w < a.length; w++) n += Long.bitCount(a[w] & b[w]);
            return n;
        }

        /** |(u | add) & other|: inner columns kept after adding one row (or column). */
        private static int countUnion(long[] u, long[] add, long[] other) {
            int n = 0;
            for (int w = 0; w < u.length; w++) n += Long.bitCount((u[w] | add[w]) & other[w]);
            return n;
        }

        private static void or(long[] into, long[] b) {
            for (int w = 0; w < into.length; w++) into[w] |= b[w];
        }
    }

    /** Counts for the UNKNOWN reason: what the probes tried (never a duration). */
    private static final class Tally {
        String fullSpace = "not run";
        String choice;
        String stopped;
        int cancellations;
        int blocks;
        int cacheHits;
        int witnesses;
        int curveSearches;
        int filtered;
        int rejected;

        @Override
        public String toString() {
            List<String> s = new ArrayList<>();
            s.add("full-space query " + fullSpace);
            if (cancellations > 0) s.add(cancellations + " cancellation curve(s) tried");
            if (choice != null) s.add(choice);
            s.add(blocks + " block(s) probed, " + cacheHits + " cache hit(s), " + witnesses + " witness(es), "
                    + filtered + " left out by the numeric filter, " + curveSearches + " curve search(es)");
            if (rejected > 0) s.add(rejected + " curve(s) failed the exact re-check");
            if (stopped != null) s.add(stopped);
            return "probes: " + String.join("; ", s);
        }
    }
}
