package org.supcert.certificate;

import java.util.List;
import org.supcert.exact.RationalMatrix;

/**
 * A Laurent curve W_l(t) = sum_{p=-d..d} C_{l,p} t^p for every factor l of a chain (see
 * docs/theory.md#section-6): one coefficient family per layer. {@code coefficients.get(l).get(p + d)} is C_{l,p}.
 */
public record LaurentCurve(int degree, List<List<RationalMatrix>> coefficients) {
    public LaurentCurve {
        if (degree < 0) throw new IllegalArgumentException("negative curve degree " + degree);
        coefficients = coefficients.stream().map(List::copyOf).toList();
        for (int l = 0; l < coefficients.size(); l++) {
            if (coefficients.get(l).size() != 2 * degree + 1) {
                throw new IllegalArgumentException("factor " + l + " has " + coefficients.get(l).size()
                        + " coefficients, expected " + (2 * degree + 1) + " for degree " + degree);
            }
        }
    }

    /** C_{l,p}. */
    public RationalMatrix coefficient(int factor, int power) {
        return coefficients.get(factor).get(power + degree);
    }

    public int factors() { return coefficients.size(); }
}
