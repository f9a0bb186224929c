package org.supcert.numeric.apply;

/**
 * The scalar reference kernels on double data: plain loops that say what each stage computes. The
 * SIMD kernels are tested against these; they are also the fallback when the Vector API module is
 * missing. The other precision's are generated from this file (numeric/src/build/GenerateKernels.java).
 * The unit flags are ignored: a unit level stores its ones, so the general formulas compute it
 * exactly as written.
 */
final class ScalarKernels64 implements Kernels64 {
    static final ScalarKernels64 INSTANCE = new ScalarKernels64();

    @Override
    public String name() {
        return "scalar";
    }

    @Override
    public int lanes() {
        return 1;
    }

    @Override
    public void pair(double[] w, boolean unit, int n, int d, int as, double[] x, int batch, int r, int s) {
        int dv = d / s;
        int half = d * batch;
        for (int base = 0; base < n; base += 2 * dv) {
            int g0 = r + base * s;
            int wb0 = g0 / (2 * d) * as + g0 % (2 * d); // lower rows of one block: no division per row
            for (int v = base; v < base + dv; v++) {
                int g = r + v * s;
                int wb = wb0 + (v - base) * s;
                double w00 = w[wb];
                double w01 = w[wb + d];
                double w10 = w[wb + 2 * d];
                double w11 = w[wb + 3 * d];
                int p0 = g * batch;
                for (int k = p0; k < p0 + batch; k++) {
                    double x0 = x[k];
                    double x1 = x[k + half];
                    x[k] = w00 * x0 + w01 * x1;
                    x[k + half] = w10 * x0 + w11 * x1;
                }
            }
        }
    }

    @Override
    public void pair2(double[] w1, boolean unit1, int d1, int as1, double[] w2, boolean unit2, int d2, int as2, int n,
            double[] x, int batch, int r, int s) {
        pair(w1, unit1, n, d1, as1, x, batch, r, s);
        pair(w2, unit2, n, d2, as2, x, batch, r, s);
    }

    @Override
    public void kron(double[] w, int a, int b, int c, int d, double[] x, double[] y, int batch) {
        for (int alpha = 0; alpha < a; alpha++) {
            for (int beta = 0; beta < b; beta++) {
                for (int delta = 0; delta < d; delta++) {
                    int out = ((alpha * b + beta) * d + delta) * batch;
                    java.util.Arrays.fill(y, out, out + batch, 0);
                    for (int gamma = 0; gamma < c; gamma++) {
                        double v = w[((alpha * b + beta) * c + gamma) * d + delta];
                        int in = ((alpha * c + gamma) * d + delta) * batch;
                        for (int k = 0; k < batch; k++) y[out + k] += v * x[in + k];
                    }
                }
            }
        }
    }

    @Override
    public void pairC(double[] wr, double[] wi, boolean unit, int n, int d, int as, double[] xr, double[] xi,
            int batch, int r, int s) {
        int dv = d / s;
        int half = d * batch;
        for (int base = 0; base < n; base += 2 * dv) {
            int g0 = r + base * s;
            int wb0 = g0 / (2 * d) * as + g0 % (2 * d); // lower rows of one block: no division per row
            for (int v = base; v < base + dv; v++) {
                int g = r + v * s;
                int wb = wb0 + (v - base) * s;
                double r00 = wr[wb];
                double r01 = wr[wb + d];
                double r10 = wr[wb + 2 * d];
                double r11 = wr[wb + 3 * d];
                double i00 = wi[wb];
                double i01 = wi[wb + d];
                double i10 = wi[wb + 2 * d];
                double i11 = wi[wb + 3 * d];
                int p0 = g * batch;
                for (int k = p0; k < p0 + batch; k++) {
                    double a0 = xr[k];
                    double b0 = xi[k];
                    double a1 = xr[k + half];
                    double b1 = xi[k + half];
                    xr[k] = r00 * a0 - i00 * b0 + r01 * a1 - i01 * b1;
                    xi[k] = r00 * b0 + i00 * a0 + r01 * b1 + i01 * a1;
                    xr[k + half] = r10 * a0 - i10 * b0 + r11 * a1 - i11 * b1;
                    xi[k + half] = r10 * b0 + i10 * a0 + r11 * b1 + i11 * a1;
                }
            }
        }
    }

    @Override
    public void pair2C(double[] wr1, double[] wi1, boolean unit1, int d1, int as1, double[] wr2, double[] wi2,
            boolean unit2, int d2, int as2, int n, double[] xr, double[] xi, int batch, int r, int s) {
        pairC(wr1, wi1, unit1, n, d1, as1, xr, xi, batch, r, s);
        pairC(wr2, wi2, unit2, n, d2, as2, xr, xi, batch, r, s);
    }

    @Override
    public void kronC(double[] wr, double[] wi, int a, int b, int c, int d, double[] xr, double[] xi,
            double[] yr, double[] yi, int batch) {
        for (int alpha = 0; alpha < a; alpha++) {
            for (int beta = 0; beta < b; beta++) {
                for (int delta = 0; delta < d; delta++) {
                    int out = ((alpha * b + beta) * d + delta) * batch;
                    java.util.Arrays.fill(yr, out, out + batch, 0);
                    java.util.Arrays.fill(yi, out, out + batch, 0);
                    for (int gamma = 0; gamma < c; gamma++) {
                        int p = ((alpha * b + beta) * c + gamma) * d + delta;
                        double vr = wr[p];
                        double vi = wi[p];
                        int in = ((alpha * c + gamma) * d + delta) * batch;
                        for (int k = 0; k < batch; k++) {
                            yr[out + k] += vr * xr[in + k] - vi * xi[in + k];
                            yi[out + k] += vr * xi[in + k] + vi * xr[in + k];
                        }
                    }
                }
            }
        }
    }

    @Override
    public void block(double[] m, boolean shared, double[] x, int n) {
        int bs = Stage.BLOCK;
        double[] y = new double[bs];
        for (int p = 0; p < n; p += bs) {
            int mb = shared ? 0 : p * bs;
            java.util.Arrays.fill(y, 0);
            for (int col = 0; col < bs; col++) {
                for (int i = 0; i < bs; i++) y[i] += m[mb + col * bs + i] * x[p + col];
            }
            System.arraycopy(y, 0, x, p, bs);
        }
    }

    @Override
    public void blockC(double[] mr, double[] mi, boolean shared, double[] xr, double[] xi, int n) {
        int bs = Stage.BLOCK;
        double[] yr = new double[bs];
        double[] yi = new double[bs];
        for (int p = 0; p < n; p += bs) {
            int mb = shared ? 0 : p * bs;
            java.util.Arrays.fill(yr, 0);
            java.util.Arrays.fill(yi, 0);
            for (int col = 0; col < bs; col++) {
                double ar = xr[p + col];
                double ai = xi[p + col];
                for (int i = 0; i < bs; i++) {
                    double vr = mr[mb + col * bs + i];
                    double vi = mi[mb + col * bs + i];
                    yr[i] += vr * ar - vi * ai;
                    yi[i] += vr * ai + vi * ar;
                }
            }
            System.arraycopy(yr, 0, xr, p, bs);
            System.arraycopy(yi, 0, xi, p, bs);
        }
    }

    /**
     * Complex 2 x 2 pair on data indices [from, to) and their partners at +half, with the
     * coefficients at wb, wb + d, wb + 2d, wb + 3d (the tails of the SIMD kernels).
     */
    static void pairCRange(double[] wr, double[] wi, int wb, int d, double[] xr, double[] xi, int from, int to,
            int half) {
        double r00 = wr[wb];
        double r01 = wr[wb + d];
        double r10 = wr[wb + 2 * d];
        double r11 = wr[wb + 3 * d];
        double i00 = wi[wb];
        double i01 = wi[wb + d];
        double i10 = wi[wb + 2 * d];
        double i11 = wi[wb + 3 * d];
        for (int k = from; k < to; k++) {
            double a0 = xr[k];
            double b0 = xi[k];
            double a1 = xr[k + half];
            double b1 = xi[k + half];
            xr[k] = r00 * a0 - i00 * b0 + r01 * a1 - i01 * b1;
            xi[k] = r00 * b0 + i00 * a0 + r01 * b1 + i01 * a1;
            xr[k + half] = r10 * a0 - i10 * b0 + r11 * a1 - i11 * b1;
            xi[k + half] = r10 * b0 + i10 * a0 + r11 * b1 + i11 * a1;
        }
    }
}
