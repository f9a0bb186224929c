package org.supcert.verifier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.supcert.certificate.CornerCertificate;
import org.supcert.certificate.LaurentCurve;
import org.supcert.certificate.LaurentWitness;
import org.supcert.certificate.NamedResult;
import org.supcert.certificate.Restriction;
import org.supcert.exact.RationalMatrix;
import org.supcert.support.Mask;
import org.supcert.support.SupportPair;

/**
 * Turns a corner into a certificate (docs/theory.md#section-5 to #section-6): restrict the pair to R' x C' and the
 * inner columns meeting it, take B = a permutation matrix on the block with B[i*, j*] = 0, and a
 * degree-1 Laurent curve towards it. With rows i* -> j_a, i_b -> j* and the other rows matched in
 * order (r_s -> c_s), the curve is
 * <pre>
 *   column k_1 (contains the block): x = (1/t) e_i* + e_ib,  y = e_j* + t e_ja
 *   column k_(s+1), s = 1..mu-1:     x = e_(r_s),             y = e_(c_s)
 *   column l (meets only (i*, j*)):   x = e_i*,                y = -(1/t) e_j*
 * </pre>
 * whose product is B + t E_(ib, ja): the mu = 1 case is the explicit LU curve of docs/theory.md#corner-certificate.
 */
final class CornerCertificates {
    private CornerCertificates() {}

    static CornerCertificate build(SupportPair pair, CornerSearch.Corner corner) {
        int[] rows = corner.rows();
        int[] cols = corner.cols();
        int q = rows.length;
        int mu = q - 1;
        int[] inner = Restriction.keptIndices(List.of(pair.left(), pair.right()), rows, cols).get(1);
        Mask left = pair.left().restrict(rows, inner);
        Mask right = pair.right().restrict(inner, cols);
        int si = Arrays.binarySearch(rows, corner.specialRow());
        int sj = Arrays.binarySearch(cols, corner.specialCol());
        // the mu columns containing the block, and one other column through the special cell
        List<Integer> full = new ArrayList<>();
        int other = -1;
        for (int k = 0; k < inner.length; k++) {
            if (left.columnCount(k) == q && right.rowCount(k) == q) full.add(k);
            else if (other < 0 && left.get(si, k) && right.get(k, sj)) other = k;
        }
        if (full.size() != mu || other < 0) {
            throw new IllegalStateException("corner of " + pair.name() + " at rows " + Arrays.toString(rows)
                    + " cols " + Arrays.toString(cols) + " has " + full.size() + " full columns and "
                    + (other < 0 ? "no" : "a") + " column through the special cell");
        }
        int ib = si == 0 ? 1 : 0;
        int ja = sj == 0 ? 1 : 0;
        int[] sigma = new int[q]; // row -> column of B's permutation
        sigma[si] = ja;
        sigma[ib] = sj;
        int nextCol = 0;
        for (int r = 0; r < q; r++) {
            if (r == si || r == ib) continue;
            while (nextCol == sj || nextCol == ja) nextCol++;
            sigma[r] = nextCol++;
        }
        long[][] b = new long[q][q];
        for (int r = 0; r < q; r++) b[r][sigma[r]] = 1;

        int n = inner.length;
        long[][] x0 = new long[q][n];
        long[][] xm = new long[q][n];
        long[][] y0 = new long[n][q];
        long[][] y1 = new long[n][q];
        long[][] ym = new long[n][q];
        int k1 = full.get(0);
        xm[si][k1] = 1;
        x0[ib][k1] = 1;
        y0[k1][sj] = 1;
        y1[k1][ja] = 1;
        int s = 1;
        for (int r = 0; r < q; r++) {
            if (r == si || r == ib) continue;
            int ks = full.get(s++);
            x0[r][ks] = 1;
            y0[ks][sigma[r]] = 1;
        }
        x0[si][other] = 1;
        ym[other][sj] = -1;
        LaurentCurve curve = new LaurentCurve(1, List.of(
                List.of(RationalMatrix.of(xm), RationalMatrix.of(x0), RationalMatrix.zeros(q, n)),
                List.of(RationalMatrix.of(ym), RationalMatrix.of(y0), RationalMatrix.of(y1))));
        return new CornerCertificate(pair.name(), new LaurentWitness(rows, cols, List.of(inner), List.of(left, right),
                RationalMatrix.of(b), curve), new int[] {si, sj}, mu, null);
    }
}
