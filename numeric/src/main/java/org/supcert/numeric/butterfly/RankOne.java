package org.supcert.numeric.butterfly;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * Best rank-one approximation M ~ u v^T of a small dense block (row-major, rows x cols).
 *
 * <p>Scaling conventions (measured choices, see the benchmark): a real block gets u = the left
 * singular direction divided by its largest entry and v = M^T u / ||u||^2, then a power of two moves
 * from v to u so that ||u|| ~ ||v|| (the even split of the singular value within sqrt(2)); every step
 * after the direction is exact on data without rounding (+-1 blocks), so Hadamard-like targets are
 * recovered to the last bit. A complex block gets the plain even split u = sqrt(sigma) x,
 * v = sqrt(sigma) conj(y) for unit x, y (no conjugate in the product u v^T, as in the factors): the
 * pivot division costs the DFT's left comb a factor 10 in accuracy. Complex blocks use
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
            // right-projection M z z^T / ||z||^2: z (exact from the 2 x 2 Gram) scaled to a unit pivot,
            // x = M z, u = x / x_k, v = x_k z / ||z||^2. Measured: projecting on the left instead
            // (v = M^T u / ||u||^2) doubles the left comb's error on random butterflies
            boolean first = Math.abs(yr[0]) >= Math.abs(yr[1]);
            double zp = first ? yr[0] : yr[1];
            if (zp == 0) {
                java.util.Arrays.fill(u, 0, rows, 0);
                v[0] = 0;
                v[1] = 0;
                return;
            }
            double z0 = first ? 1 : yr[0] / zp;
            double z1 = first ? yr[1] / zp : 1;
            for (int i = 0; i < rows; i++) xr[i] = m[2 * i] * z0 + m[2 * i + 1] * z1;
            int k = 0;
            for (int i = 1; i < rows; i++) if (Math.abs(xr[i]) > Math.abs(xr[k])) k = i;
            double piv = xr[k];
            if (piv == 0 || !Double.isFinite(piv)) {
                java.util.Arrays.fill(u, 0, rows, 0);
                v[0] = 0;
                v[1] = 0;
                return;
            }
            double nu = 0;
            for (int i = 0; i < rows; i++) {
                u[i] = i == k ? 1 : xr[i] / piv;
                nu += u[i] * u[i];
            }
            double f = piv / (z0 * z0 + z1 * z1);
            v[0] = z0 * f;
            v[1] = z1 * f;
            int e = balancingExponent(nu, v[0] * v[0] + v[1] * v[1]);
            if (e != 0) {
                for (int i = 0; i < rows; i++) u[i] = Math.scalb(u[i], e);
                v[0] = Math.scalb(v[0], -e);
                v[1] = Math.scalb(v[1], -e);
            }
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
    static void topEigenvector(double g00, double g11, double g01r, double g01i, double[] outR, double[] outI) {
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
        if (rows == 1 || cols == 1) {
            double s = 0;
            for (int p = 0; p < rows * cols; p++) s += mr[p] * mr[p] + mi[p] * mi[p];
            s = Math.sqrt(Math.sqrt(s));
            double is = s == 0 ? 0 : 1 / s;
            if (rows == 1) {
                ur[0] = s;
                ui[0] = 0;
                for (int j = 0; j < cols; j++) {
                    vr[j] = mr[j] * is;
                    vi[j] = mi[j] * is;
                }
            } else {
                vr[0] = s;
                vi[0] = 0;
                for (int i = 0; i < rows; i++) {
                    ur[i] = mr[i] * is;
                    ui[i] = mi[i] * is;
                }
            }
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
            // y = M^H x
            double sig = 0;
            for (int j = 0; j < cols; j++) {
                double r = 0, im = 0;
                for (int i = 0; i < 2; i++) {
                    double a = mr[i * cols + j], b = -mi[i * cols + j]; // conj(M_ij)
                    r += a * xr[i] - b * xi[i];
                    im += a * xi[i] + b * xr[i];
                }
                yr[j] = r;
                yi[j] = im;
                sig += r * r + im * im;
            }
            finishLeftComplex(rows, cols, ur, ui, vr, vi, Math.sqrt(sig));
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
            double sig = 0;
            for (int i = 0; i < rows; i++) {
                double r = 0, im = 0;
                for (int j = 0; j < 2; j++) {
                    double a = mr[2 * i + j], b = mi[2 * i + j];
                    r += a * yr[j] - b * yi[j];
                    im += a * yi[j] + b * yr[j];
                }
                xr[i] = r;
                xi[i] = im;
                sig += r * r + im * im;
            }
            double s = Math.sqrt(Math.sqrt(sig));
            double is = s == 0 ? 0 : 1 / s;
            for (int i = 0; i < rows; i++) {
                ur[i] = xr[i] * is;
                ui[i] = xi[i] * is;
            }
            for (int j = 0; j < 2; j++) { // v = sqrt(sigma) conj(z)
                vr[j] = yr[j] * s;
                vi[j] = -yi[j] * s;
            }
            return;
        }
        powerComplex(mr, mi, rows, cols, ur, ui, vr, vi);
    }

    /** u = sqrt(sigma) x, v = conj(y) / sqrt(sigma) from unit x (xr, xi) and y = M^H x (yr, yi). */
    private void finishLeftComplex(int rows, int cols, double[] ur, double[] ui, double[] vr, double[] vi, double sigma) {
        double s = Math.sqrt(sigma);
        double is = s == 0 ? 0 : 1 / s;
        for (int i = 0; i < rows; i++) {
            ur[i] = xr[i] * s;
            ui[i] = xi[i] * s;
        }
        for (int j = 0; j < cols; j++) {
            vr[j] = yr[j] * is;
            vi[j] = -yi[j] * is;
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
            java.util.Arrays.fill(ur, 0, rows, 0);
            java.util.Arrays.fill(ui, 0, rows, 0);
            java.util.Arrays.fill(vr, 0, cols, 0);
            java.util.Arrays.fill(vi, 0, cols, 0);
            return;
        }
        // current unit right vector w (in vr, vi as scratch): conj(best row) / norm
        double inv = 1 / Math.sqrt(bestNorm);
        for (int j = 0; j < cols; j++) {
            vr[j] = mr[best * cols + j] * inv;
            vi[j] = -mi[best * cols + j] * inv;
        }
        double prevSig2 = 0;
        double sig = 0;
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
        if (!converged) {
            svdComplex(mr, mi, rows, cols);
            sig = 0;
            java.util.Arrays.fill(yr, 0, cols, 0);
            java.util.Arrays.fill(yi, 0, cols, 0);
            for (int i = 0; i < rows; i++) {
                double pr = xr[i], pi = xi[i];
                for (int j = 0, o = i * cols; j < cols; j++) {
                    double a = mr[o + j], b = mi[o + j];
                    yr[j] += a * pr + b * pi;
                    yi[j] += a * pi - b * pr;
                }
            }
            for (int j = 0; j < cols; j++) sig += yr[j] * yr[j] + yi[j] * yi[j];
            sig = Math.sqrt(sig);
        }
        finishLeftComplex(rows, cols, ur, ui, vr, vi, sig);
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
