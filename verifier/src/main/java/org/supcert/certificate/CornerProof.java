package org.supcert.certificate;

import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.supcert.exact.RationalMatrix;
import org.supcert.support.Mask;

/**
 * The combinatorial proof that a corner certificate's witness is unattainable (docs/theory.md#section-5),
 * checked exactly: on the (mu+1) x (mu+1) block Q, exactly mu inner columns contain Q, every other
 * column meets Q at most in (i*, j*), so P_Q = {rank <= mu} + span(E_(i*j*)); B has det != 0 and a
 * zero complementary minor at (i*, j*), so det(B - c E) = det B != 0 for every c and B is not in
 * P_Q. An independent second proof beside the Z3 query, exact rational arithmetic only.
 */
public final class CornerProof {
    private CornerProof() {}

    /** Empty when the proof holds, else the first failed condition. */
    public static Optional<String> violation(CornerCertificate cert) {
        if (cert.pattern().size() != 2) return Optional.of("a corner certificate has two factors");
        Mask left = cert.pattern().get(0);
        Mask right = cert.pattern().get(1);
        int q = left.rows();
        int mu = cert.multiplicity();
        int si = cert.special()[0];
        int sj = cert.special()[1];
        if (q != mu + 1 || right.cols() != mu + 1) return Optional.of("block is " + q + " x " + right.cols() + ", expected " + (mu + 1) + " square");
        int full = 0;
        boolean other = false;
        for (int k = 0; k < left.cols(); k++) {
            int[] r = left.column(k);
            int[] c = right.row(k);
            if (r.length == q && c.length == q) {
                full++;
                continue;
            }
            boolean onlySpecial = (r.length == 0 || c.length == 0)
                    || (r.length == 1 && r[0] == si && c.length == 1 && c[0] == sj);
            if (!onlySpecial) return Optional.of("inner column " + k + " meets the block outside the special cell");
            if (r.length == 1 && c.length == 1) other = true;
        }
        if (full != mu) return Optional.of(full + " inner columns contain the block, expected mu = " + mu);
        if (!other) return Optional.of("no other inner column contains the special cell");
        RationalMatrix b = cert.target();
        if (determinant(b).signum() == 0) return Optional.of("det B = 0");
        if (determinant(minor(b, si, sj)).signum() != 0) return Optional.of("the complementary minor of B at the special cell is not zero");
        return Optional.empty();
    }

    static RationalMatrix minor(RationalMatrix b, int si, int sj) {
        BigFraction[][] m = new BigFraction[b.rows() - 1][b.cols() - 1];
        for (int i = 0, a = 0; i < b.rows(); i++) {
            if (i == si) continue;
            for (int j = 0, c = 0; j < b.cols(); j++) {
                if (j == sj) continue;
                m[a][c++] = b.get(i, j);
            }
            a++;
        }
        return RationalMatrix.of(m);
    }

    /** Exact determinant by fraction-valued Gaussian elimination. */
    static BigFraction determinant(RationalMatrix b) {
        int n = b.rows();
        if (n == 0) return BigFraction.ONE;
        BigFraction[][] a = new BigFraction[n][n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) a[i][j] = b.get(i, j);
        BigFraction det = BigFraction.ONE;
        for (int col = 0; col < n; col++) {
            int pivot = -1;
            for (int i = col; i < n; i++) if (a[i][col].signum() != 0) { pivot = i; break; }
            if (pivot < 0) return BigFraction.ZERO;
            if (pivot != col) {
                BigFraction[] t = a[pivot]; a[pivot] = a[col]; a[col] = t;
                det = det.negate();
            }
            det = det.multiply(a[col][col]);
            for (int i = col + 1; i < n; i++) {
                if (a[i][col].signum() == 0) continue;
                BigFraction f = a[i][col].divide(a[col][col]);
                for (int j = col; j < n; j++) a[i][j] = a[i][j].subtract(f.multiply(a[col][j]));
            }
        }
        return det;
    }
}
