package org.supcert.numeric.butterfly;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * Best rank-one approximation M ~ u v^T of a small dense block (row-major, rows x cols). Scaling
 * convention: u is the left singular direction divided by its entry of largest modulus, v = M^T u /
 * ||u||^2 (complex: v_j = sum_i conj(u_i) M_ij / ||u||^2; no conjugate in the product u v^T, as in
 * the factors), then a power of two moves from v to u so that ||u|| ~ ||v|| (the even split of the
 * singular value, within sqrt(2)). Every step after the direction is exact on blocks whose data has
 * no rounding (+-1 entries), so Hadamard-like targets are recovered to the last bit. Complex blocks use
 * split storage. Blocks with 1 or 2 rows or columns use a closed form (the 2 x 2 Gram
 * eigenvector); larger blocks power iteration with an SVD fallback ({@link ButterflyTolerances}).
 *
 * <p>Hand-written rather than EJML's SVD because the blocks are tiny and number N per level: a
 * full SVD per block allocates and costs tens of passes, power iteration costs about four passes on
 * an exactly rank-one block.
 */
final class RankOne {
    private final double[] xr;
    private final double[] xi;
    private final double[] yr;
    private final double[] yi;

    RankOne(int maxRows, int maxCols) {
        xr = new double[maxRows];
        xi = new double[maxRows];
        yr = new double[maxCols];
        yi = new double[maxCols];
    }

    // ---------------------------------------------------------------- real

    /** Fills u (rows) and v (cols) with the best rank-one approximation of the real block m. */
    void real(double[] m, int rows, int cols, double[] u, double[] v) {
        if (rows == 1 || cols == 1) { // the left direction is 1, or the column itself
            if (rows == 1) xr[0] = 1;
            else System.arraycopy(m, 0, xr, 0, rows);
            finishReal(m, rows, cols, u, v);
            return;
        }
        if (rows == 2) {
            double g00 = 0, g11 = 0, g01 = 0;
            for (int j = 0; j < cols; j++) {
                double a = m[j], b = m[cols + j];
                g00 += a * a;
                g11 += b * b;
                g01 += a * b;
            }
            topEigenvector(g00, g11, g01, 0, xr, xi);
            finishReal(m, rows, cols, u, v);
            return;
        }
        if (cols == 2) {
            double g00 = 0, g11 = 0, g01 = 0;
            for (int i = 0; i < rows; i++) {
                double a = m[2 * i], b = m[2 * i + 1];
                g00 += a * a;
                g11 += b * b;
                g01 += a * b;
            }
            topEigenvector(g00, g11, g01, 0, yr, yi);
            double z0 = yr[0], z1 = yr[1];
            for (int i = 0; i < rows; i++) xr[i] = m[2 * i] * z0 + m[2 * i + 1] * z1; // left direction M z
            finishReal(m, rows, cols, u, v);
            return;
        }
        powerReal(m, rows, cols, u, v);
    }

    /**
     * From a left direction x (xr, any nonzero scale; all zero for a zero block): u = x / x_k with
     * x_k its largest entry, so u_k = 1 exactly, and v = M^T u / ||u||^2, the best v for that u.
     * This scaling adds no rounding where the data has none (a +-1 block gives u, v of +-1 and
     * integers), which keeps Hadamard-like targets exact to the last bit.
     */
    private void finishReal(double[] m, int rows, int cols, double[] u, double[] v) {
        int k = 0;
        for (int i = 1; i < rows; i++) if (Math.abs(xr[i]) > Math.abs(xr[k])) k = i;
        double piv = xr[k];
        if (piv == 0 || !Double.isFinite(piv)) {
            java.util.Arrays.fill(u, 0, rows, 0);
            java.util.Arrays.fill(v, 0, cols, 0);
            return;
        }
        double nu = 0;
        for (int i = 0; i < rows; i++) {
            u[i] = i == k ? 1 : xr[i] / piv;
            nu += u[i] * u[i];
        }
        java.util.Arrays.fill(v, 0, cols, 0);
        for (int i = 0; i < rows; i++) {
            double ui = u[i];
            for (int j = 0, o = i * cols; j < cols; j++) v[j] += m[o + j] * ui;
        }
        double inv = 1 / nu;
        if (nu != 1) for (int j = 0; j < cols; j++) v[j] *= inv;
        double nv = 0;
        for (int j = 0; j < cols; j++) nv += v[j] * v[j];
        int e = balancingExponent(nu, nv);
        if (e != 0) {
            for (int i = 0; i < rows; i++) u[i] = Math.scalb(u[i], e);
            for (int j = 0; j < cols; j++) v[j] = Math.scalb(v[j], -e);
        }
    }

    /**
     * The power of two 2^e that, moved from v to u, makes ||u|| and ||v|| equal within a factor of
     * sqrt(2) (the even split sqrt(sigma) / sqrt(sigma) of the singular value, up to a power of two,
     * so the move is exact). Balanced factors matter beyond the exact case: the next level's
     * rank-one problems see the columns of this level's factors, and their relative scales change
     * the noisy fit.
     */
    static int balancingExponent(double nu2, double nv2) {
        if (!(nu2 > 0) || !(nv2 > 0)) return 0;
        // ||u|| 2^e = ||v|| 2^-e  =>  e = log2(||v|| / ||u||) / 2 = log2(nv2 / nu2) / 4, rounded with the
        // jumps at log2(nv2 / nu2) = 1.5 (mod 4): exact data gives ratios that are powers of two (plus
        // rounding noise), and a jump there would scale equal blocks differently
        return (int) Math.floor(Math.log(nv2 / nu2) / (4 * Math.log(2)) + 0.625);
    }

    private void powerReal(double[] m, int rows, int cols, double[] u, double[] v) {
        // start: the largest row (exactly the right singular direction of a rank-one block)
        int best = 0;
        double bestNorm = -1;
        for (int i = 0; i < rows; i++) {
            double s = 0;
            for (int j = 0, o = i * cols; j < cols; j++) s += m[o + j] * m[o + j];
            if (s > bestNorm) {
                bestNorm = s;
                best = i;
            }
        }
        if (bestNorm == 0) {
            java.util.Arrays.fill(xr, 0, rows, 0);
            finishReal(m, rows, cols, u, v);
            return;
        }
        double inv = 1 / Math.sqrt(bestNorm);
        for (int j = 0; j < cols; j++) yr[j] = m[best * cols + j] * inv; // current unit right vector
        double prevSig2 = 0;
        double sig;
        boolean converged = false;
        for (int it = 1; it <= ButterflyTolerances.POWER_MAX_ITERATIONS; it++) {
            double nx = 0;
            for (int i = 0; i < rows; i++) {
                double s = 0;
                for (int j = 0, o = i * cols; j < cols; j++) s += m[o + j] * yr[j];
                xr[i] = s;
                nx += s * s;
            }
            nx = Math.sqrt(nx);
            double ix = 1 / nx;
            for (int i = 0; i < rows; i++) xr[i] *= ix;
            // y = M^T x, accumulated row by row (stride-1 access)
            java.util.Arrays.fill(yi, 0, cols, 0);
            for (int i = 0; i < rows; i++) {
                double xi0 = xr[i];
                for (int j = 0, o = i * cols; j < cols; j++) yi[j] += m[o + j] * xi0;
            }
            double sig2 = 0, dot = 0;
            for (int j = 0; j < cols; j++) {
                sig2 += yi[j] * yi[j];
                dot += yi[j] * yr[j];
            }
            sig = Math.sqrt(sig2);
            double cos = Math.abs(dot) / sig;
            System.arraycopy(yi, 0, yr, 0, cols); // yr = M^T x, norm sigma
            if (1 - cos <= ButterflyTolerances.POWER_ANGLE
                    || (it > 1 && sig2 - prevSig2 <= ButterflyTolerances.POWER_STAGNATION * sig2)) {
                converged = true;
                break;
            }
            double is = 1 / sig;
            for (int j = 0; j < cols; j++) yr[j] *= is;
            prevSig2 = sig2;
        }
        if (!converged) svdReal(m, rows, cols);
        finishReal(m, rows, cols, u, v);
    }

    /** Fallback: xr = top left singular vector of the block (EJML SVD). */
    private void svdReal(double[] m, int rows, int cols) {
        DMatrixRMaj a = new DMatrixRMaj(rows, cols, true, java.util.Arrays.copyOf(m, rows * cols));
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(rows, cols, true, false, true);
        if (!svd.decompose(a)) throw new ArithmeticException("SVD of a " + rows + " x " + cols + " block failed");
        double[] s = svd.getSingularValues();
        int k = 0;
        for (int i = 1; i < svd.numberOfSingularValues(); i++) if (s[i] > s[k]) k = i;
        DMatrixRMaj uu = svd.getU(null, false);
        for (int i = 0; i < rows; i++) xr[i] = uu.get(i, k);
    }

    /**
     * Unit top eigenvector (outR + i outI) of the Hermitian [[g00, g01], [conj(g01), g11]] with
     * g01 = g01r + i g01i: the better conditioned of (g01, lambda - g00) and (lambda - g11, conj(g01)).
     */
    private static void topEigenvector(double g00, double g11, double g01r, double g01i, double[] outR, double[] outI) {
        double h = 0.5 * (g00 - g11);
        double lam = 0.5 * (g00 + g11) + Math.hypot(h, Math.hypot(g01r, g01i));
        double ar0 = g01r, ai0 = g01i, ar1 = lam - g00;           // (g01, lambda - g00)
        double br0 = lam - g11, br1 = g01r, bi1 = -g01i;          // (lambda - g11, conj(g01))
        double na = ar0 * ar0 + ai0 * ai0 + ar1 * ar1;
        double nb = br0 * br0 + br1 * br1 + bi1 * bi1;
        if (na == 0 && nb == 0) {
            outR[0] = g00 >= g11 ? 1 : 0;
            outR[1] = g00 >= g11 ? 0 : 1;
            outI[0] = 0;
            outI[1] = 0;
        } else if (na >= nb) {
            double s = 1 / Math.sqrt(na);
            outR[0] = ar0 * s;
            outI[0] = ai0 * s;
            outR[1] = ar1 * s;
            outI[1] = 0;
        } else {
            double s = 1 / Math.sqrt(nb);
            outR[0] = br0 * s;
            outI[0] = 0;
            outR[1] = br1 * s;
            outI[1] = bi1 * s;
        }
    }

    // ---------------------------------------------------------------- complex

    /**
     * Fills (ur, ui) and (vr, vi) with the best rank-one approximation u v^T of the complex block
     * (mr, mi).
     */
    void complex(double[] mr, double[] mi, int rows, int cols, double[] ur, double[] ui, double[] vr, double[] vi) {
        if (rows == 1 || cols == 1) { // the left direction is 1, or the column itself
            if (rows == 1) {
                xr[0] = 1;
                xi[0] = 0;
            } else {
                System.arraycopy(mr, 0, xr, 0, rows);
                System.arraycopy(mi, 0, xi, 0, rows);
            }
            finishComplex(mr, mi, rows, cols, ur, ui, vr, vi);
            return;
        }
        if (rows == 2) {
            double g00 = 0, g11 = 0, gr = 0, gi = 0;
            for (int j = 0; j < cols; j++) {
                double ar = mr[j], ai = mi[j], br = mr[cols + j], bi = mi[cols + j];
                g00 += ar * ar + ai * ai;
                g11 += br * br + bi * bi;
                gr += ar * br + ai * bi; // a conj(b)
                gi += ai * br - ar * bi;
            }
            topEigenvector(g00, g11, gr, gi, xr, xi);
            finishComplex(mr, mi, rows, cols, ur, ui, vr, vi);
            return;
        }
        if (cols == 2) {
            double g00 = 0, g11 = 0, gr = 0, gi = 0;
            for (int i = 0; i < rows; i++) {
                double ar = mr[2 * i], ai = mi[2 * i], br = mr[2 * i + 1], bi = mi[2 * i + 1];
                g00 += ar * ar + ai * ai;
                g11 += br * br + bi * bi;
                gr += ar * br + ai * bi; // conj(a) b
                gi += ar * bi - ai * br;
            }
            topEigenvector(g00, g11, gr, gi, yr, yi); // z, unit
            for (int i = 0; i < rows; i++) { // left direction M z
                double r = 0, im = 0;
                for (int j = 0; j < 2; j++) {
                    double a1 = mr[2 * i + j], b1 = mi[2 * i + j];
                    r += a1 * yr[j] - b1 * yi[j];
                    im += a1 * yi[j] + b1 * yr[j];
                }
                xr[i] = r;
                xi[i] = im;
            }
            finishComplex(mr, mi, rows, cols, ur, ui, vr, vi);
            return;
        }
        powerComplex(mr, mi, rows, cols, ur, ui, vr, vi);
    }

    /**
     * Complex {@link #finishReal}: u = x / x_k with x_k the entry of largest modulus (u_k = 1
     * exactly), v_j = sum_i conj(u_i) M_ij / ||u||^2, so u v^T is the best approximation with
     * that left direction.
     */
    private void finishComplex(double[] mr, double[] mi, int rows, int cols,
                               double[] ur, double[] ui, double[] vr, double[] vi) {
        int k = 0;
        double best = xr[0] * xr[0] + xi[0] * xi[0];
        for (int i = 1; i < rows; i++) {
            double q = xr[i] * xr[i] + xi[i] * xi[i];
            if (q > best) {
                best = q;
                k = i;
            }
        }
        if (best == 0 || !Double.isFinite(best)) {
            java.util.Arrays.fill(ur, 0, rows, 0);
            java.util.Arrays.fill(ui, 0, rows, 0);
            java.util.Arrays.fill(vr, 0, cols, 0);
            java.util.Arrays.fill(vi, 0, cols, 0);
            return;
        }
        double pr = xr[k], pi = xi[k];
        double nu = 0;
        for (int i = 0; i < rows; i++) {
            if (i == k) {
                ur[i] = 1;
                ui[i] = 0;
            } else { // x_i / p = x_i conj(p) / |p|^2
                ur[i] = (xr[i] * pr + xi[i] * pi) / best;
                ui[i] = (xi[i] * pr - xr[i] * pi) / best;
            }
            nu += ur[i] * ur[i] + ui[i] * ui[i];
        }
        java.util.Arrays.fill(vr, 0, cols, 0);
        java.util.Arrays.fill(vi, 0, cols, 0);
        for (int i = 0; i < rows; i++) { // v += conj(u_i) M_i.
            double cr = ur[i], ci = -ui[i];
            for (int j = 0, o = i * cols; j < cols; j++) {
                double a1 = mr[o + j], b1 = mi[o + j];
                vr[j] += cr * a1 - ci * b1;
                vi[j] += cr * b1 + ci * a1;
            }
        }
        if (nu != 1) {
            double inv = 1 / nu;
            for (int j = 0; j < cols; j++) {
                vr[j] *= inv;
                vi[j] *= inv;
            }
        }
        double nv = 0;
        for (int j = 0; j < cols; j++) nv += vr[j] * vr[j] + vi[j] * vi[j];
        int e = balancingExponent(nu, nv);
        if (e != 0) {
            for (int i = 0; i < rows; i++) {
                ur[i] = Math.scalb(ur[i], e);
                ui[i] = Math.scalb(ui[i], e);
            }
            for (int j = 0; j < cols; j++) {
                vr[j] = Math.scalb(vr[j], -e);
                vi[j] = Math.scalb(vi[j], -e);
            }
        }
    }

    private void powerComplex(double[] mr, double[] mi, int rows, int cols,
                              double[] ur, double[] ui, double[] vr, double[] vi) {
        int best = 0;
        double bestNorm = -1;
        for (int i = 0; i < rows; i++) {
            double s = 0;
            for (int j = 0, o = i * cols; j < cols; j++) s += mr[o + j] * mr[o + j] + mi[o + j] * mi[o + j];
            if (s > bestNorm) {
                bestNorm = s;
                best = i;
            }
        }
        if (bestNorm == 0) {
            java.util.Arrays.fill(xr, 0, rows, 0);
            java.util.Arrays.fill(xi, 0, rows, 0);
            finishComplex(mr, mi, rows, cols, ur, ui, vr, vi);
            return;
        }
        // current unit right vector w (in vr, vi as scratch): conj(best row) / norm
        double inv = 1 / Math.sqrt(bestNorm);
        for (int j = 0; j < cols; j++) {
            vr[j] = mr[best * cols + j] * inv;
            vi[j] = -mi[best * cols + j] * inv;
        }
        double prevSig2 = 0;
        double sig;
        boolean converged = false;
        for (int it = 1; it <= ButterflyTolerances.POWER_MAX_ITERATIONS; it++) {
            double nx = 0;
            for (int i = 0; i < rows; i++) { // x = M w
                double r = 0, im = 0;
                for (int j = 0, o = i * cols; j < cols; j++) {
                    double a = mr[o + j], b = mi[o + j];
                    r += a * vr[j] - b * vi[j];
                    im += a * vi[j] + b * vr[j];
                }
                xr[i] = r;
                xi[i] = im;
                nx += r * r + im * im;
            }
            double ix = 1 / Math.sqrt(nx);
            for (int i = 0; i < rows; i++) {
                xr[i] *= ix;
                xi[i] *= ix;
            }
            java.util.Arrays.fill(yr, 0, cols, 0);
            java.util.Arrays.fill(yi, 0, cols, 0);
            for (int i = 0; i < rows; i++) { // y = M^H x, row by row
                double pr = xr[i], pi = xi[i];
                for (int j = 0, o = i * cols; j < cols; j++) {
                    double a = mr[o + j], b = mi[o + j]; // conj(M) x = (a - ib)(pr + i pi)
                    yr[j] += a * pr + b * pi;
                    yi[j] += a * pi - b * pr;
                }
            }
            double sig2 = 0, dr = 0, di = 0;
            for (int j = 0; j < cols; j++) {
                sig2 += yr[j] * yr[j] + yi[j] * yi[j];
                dr += vr[j] * yr[j] + vi[j] * yi[j]; // conj(w) y
                di += vr[j] * yi[j] - vi[j] * yr[j];
            }
            sig = Math.sqrt(sig2);
            double cos = Math.hypot(dr, di) / sig;
            if (1 - cos <= ButterflyTolerances.POWER_ANGLE
                    || (it > 1 && sig2 - prevSig2 <= ButterflyTolerances.POWER_STAGNATION * sig2)) {
                converged = true;
                break;
            }
            double is = 1 / sig;
            for (int j = 0; j < cols; j++) {
                vr[j] = yr[j] * is;
                vi[j] = yi[j] * is;
            }
            prevSig2 = sig2;
        }
        if (!converged) svdComplex(mr, mi, rows, cols);
        finishComplex(mr, mi, rows, cols, ur, ui, vr, vi);
    }

    /**
     * Fallback: (xr, xi) = top left singular vector of the complex block, from a real SVD of its
     * realification [[Re, -Im], [Im, Re]] (EJML has no complex SVD): a top left singular vector
     * (p; q) of that matrix is the complex unit vector p + i q.
     */
    private void svdComplex(double[] mr, double[] mi, int rows, int cols) {
        DMatrixRMaj a = new DMatrixRMaj(2 * rows, 2 * cols);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                double r = mr[i * cols + j], im = mi[i * cols + j];
                a.set(i, j, r);
                a.set(i, cols + j, -im);
                a.set(rows + i, j, im);
                a.set(rows + i, cols + j, r);
            }
        }
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(2 * rows, 2 * cols, true, false, true);
        if (!svd.decompose(a)) throw new ArithmeticException("SVD of a " + rows + " x " + cols + " complex block failed");
        double[] s = svd.getSingularValues();
        int k = 0;
        for (int i = 1; i < svd.numberOfSingularValues(); i++) if (s[i] > s[k]) k = i;
        DMatrixRMaj uu = svd.getU(null, false);
        for (int i = 0; i < rows; i++) {
            xr[i] = uu.get(i, k);
            xi[i] = uu.get(rows + i, k);
        }
    }
}
