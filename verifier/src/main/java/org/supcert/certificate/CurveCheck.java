package org.supcert.certificate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.supcert.exact.RationalMatrix;
import org.supcert.support.Mask;

/**
 * Exact check of a Laurent curve (docs/theory.md#laurent-curve): every coefficient supported in its mask, every
 * coefficient of t^q with q < 0 of the product zero, and the coefficient of t^0 equal to B. Exact
 * rational polynomial arithmetic, no floating point.
 */
public final class CurveCheck {
    private CurveCheck() {}

    /** Empty when the curve is valid, else the first violation. */
    public static Optional<String> violation(List<Mask> pattern, RationalMatrix target, LaurentCurve curve) {
        if (curve.factors() != pattern.size()) {
            return Optional.of("curve has " + curve.factors() + " factors, pattern has " + pattern.size());
        }
        int d = curve.degree();
        for (int l = 0; l < pattern.size(); l++) {
            Mask m = pattern.get(l);
            for (int p = -d; p <= d; p++) {
                RationalMatrix c = curve.coefficient(l, p);
                if (c.rows() != m.rows() || c.cols() != m.cols()) {
                    return Optional.of("coefficient t^" + p + " of factor " + l + " is " + c.rows() + " x " + c.cols()
                            + ", the mask is " + m.rows() + " x " + m.cols());
                }
                for (int i = 0; i < c.rows(); i++) {
                    for (int j = 0; j < c.cols(); j++) {
                        if (c.get(i, j).signum() != 0 && !m.get(i, j)) {
                            return Optional.of("coefficient t^" + p + " of factor " + l + " has entry (" + i + ", " + j
                                    + ") outside the support");
                        }
                    }
                }
            }
        }
        // product as a Laurent polynomial: list index = power + current degree
        List<RationalMatrix> product = new ArrayList<>();
        for (int p = -d; p <= d; p++) product.add(curve.coefficient(0, p));
        int low = -d;
        for (int l = 1; l < pattern.size(); l++) {
            List<RationalMatrix> next = new ArrayList<>();
            int rows = product.get(0).rows();
            int cols = pattern.get(l).cols();
            for (int q = 0; q < product.size() + 2 * d; q++) next.add(RationalMatrix.zeros(rows, cols));
            for (int a = 0; a < product.size(); a++) {
                if (product.get(a).isZero()) continue;
                for (int p = -d; p <= d; p++) {
                    RationalMatrix c = curve.coefficient(l, p);
                    if (c.isZero()) continue;
                    int q = a + p + d;
                    next.set(q, next.get(q).plus(product.get(a).times(c)));
                }
            }
            product = next;
            low -= d;
        }
        if (product.get(0).rows() != target.rows() || product.get(0).cols() != target.cols()) {
            return Optional.of("product is " + product.get(0).rows() + " x " + product.get(0).cols() + ", B is "
                    + target.rows() + " x " + target.cols());
        }
        for (int q = low; q < 0; q++) {
            if (!product.get(q - low).isZero()) return Optional.of("coefficient of t^" + q + " of the product is not zero");
        }
        if (!product.get(-low).equals(target)) {
            return Optional.of("coefficient of t^0 of the product is " + product.get(-low) + ", not B = " + target);
        }
        return Optional.empty();
    }
}
