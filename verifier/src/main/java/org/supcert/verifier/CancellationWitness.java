package org.supcert.verifier;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.supcert.certificate.LaurentCurve;
import org.supcert.exact.RationalMatrix;
import org.supcert.support.Mask;

/**
 * Candidate witnesses that lie in the closure by construction (docs/theory.md#laurent-curve): a
 * degree-1 curve W_1(t) = X_(-1)/t + X_0, W_2(t) = Y_0 + t Y_1 whose singular term cancels,
 * X_(-1) Y_0 = 0, reaches B = X_0 Y_0 + X_(-1) Y_1 as t -> 0. The cancellation used: two inner
 * columns k, l whose rectangles meet get opposite x on the rows they share (x_(-1),k = a =
 * -x_(-1),l) and equal y on the columns they share (y_0,k = y_0,l = v); every other coefficient is
 * a seeded random integer on its mask. Such a B is a limit of products; when Z3 proves it
 * unattainable, curve and B are a NOT CLOSED certificate (re-checked exactly before use).
 *
 * <p>This is where the full-space query cannot help: for a component whose set is a proper
 * subset of its linear space, the B it returns is usually outside the closure too. The family
 * contains the mu = 1 corner curve and, for instance, the rank-2 witnesses whose row space is
 * forced into the intersection of two columns' supports.
 */
final class CancellationWitness {
    /** A candidate: the curve (in the pattern's coordinates) and its limit B. */
    record Candidate(LaurentCurve curve, RationalMatrix target) {}

    private CancellationWitness() {}

    /** Up to {@code max} candidates for a pair pattern (left m x r, right r x n), in a fixed order. */
    static List<Candidate> candidates(List<Mask> pattern, int max, long seed) {
        Mask left = pattern.get(0);
        Mask right = pattern.get(1);
        int m = left.rows();
        int r = left.cols();
        int n = right.cols();
        List<Candidate> out = new ArrayList<>();
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int k = 0; k < r && out.size() < max; k++) {
            for (int l = k + 1; l < r && out.size() < max; l++) {
                int[] rows = intersect(left.column(k), left.column(l));
                int[] cols = intersect(right.row(k), right.row(l));
                if (rows.length == 0 || cols.length == 0) continue;
                long[][] xm = new long[m][r];
                long[][] x0 = new long[m][r];
                long[][] y0 = new long[r][n];
                long[][] y1 = new long[r][n];
                for (int i : rows) {
                    long a = value(rnd);
                    xm[i][k] = a;
                    xm[i][l] = -a;
                }
                for (int j : cols) {
                    long v = value(rnd);
                    y0[k][j] = v;
                    y0[l][j] = v;
                }
                for (int c = 0; c < r; c++) {
                    for (int i : left.column(c)) x0[i][c] = value(rnd);
                    if (c != k && c != l) for (int j : right.row(c)) y0[c][j] = value(rnd);
                    for (int j : right.row(c)) y1[c][j] = value(rnd);
                }
                RationalMatrix xM = RationalMatrix.of(xm);
                RationalMatrix x0M = RationalMatrix.of(x0);
                RationalMatrix y0M = RationalMatrix.of(y0);
                RationalMatrix y1M = RationalMatrix.of(y1);
                RationalMatrix b = x0M.times(y0M).plus(xM.times(y1M));
                LaurentCurve curve = new LaurentCurve(1, List.of(
                        List.of(xM, x0M, RationalMatrix.zeros(m, r)),
                        List.of(RationalMatrix.zeros(r, n), y0M, y1M)));
                out.add(new Candidate(curve, b));
            }
        }
        return out;
    }

    /** A non-zero integer in [-3, 3]: small, so that Z3's arithmetic stays cheap. */
    private static long value(SplittableRandom rnd) {
        long v = 1 + rnd.nextInt(3);
        return rnd.nextBoolean() ? v : -v;
    }

    private static int[] intersect(int[] a, int[] b) {
        return java.util.Arrays.stream(a).filter(x -> java.util.Arrays.binarySearch(b, x) >= 0).toArray();
    }
}
