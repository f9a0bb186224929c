package org.supcert.reports.sweep;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.supcert.io.InputException;

/** Densities FROM:TO:STEP, both ends included, computed by index (no accumulated rounding). */
public final class DensityGrid {
    private DensityGrid() {}

    /** Parses "0.1:0.9:0.05" into 0.1, 0.15, ..., 0.9; a single number is a one-point grid. */
    public static double[] parse(String spec) {
        String[] p = spec.trim().split(":");
        try {
            if (p.length == 1) return check(new double[] {Double.parseDouble(p[0])}, spec);
            if (p.length != 3) throw new NumberFormatException();
            BigDecimal from = new BigDecimal(p[0].trim());
            BigDecimal to = new BigDecimal(p[1].trim());
            BigDecimal step = new BigDecimal(p[2].trim());
            if (step.signum() <= 0 || to.compareTo(from) < 0) {
                throw InputException.of("--density " + spec + ": need FROM <= TO and STEP > 0");
            }
            int n = to.subtract(from).divide(step, 0, RoundingMode.FLOOR).intValueExact() + 1;
            if (n > 10_000) throw InputException.of("--density " + spec + ": " + n + " densities, at most 10000");
            double[] out = new double[n];
            for (int k = 0; k < n; k++) out[k] = from.add(step.multiply(BigDecimal.valueOf(k))).doubleValue();
            return check(out, spec);
        } catch (NumberFormatException | ArithmeticException e) {
            throw InputException.of("--density " + spec + ": expected FROM:TO:STEP, e.g. 0.1:0.9:0.05, or one density");
        }
    }

    private static double[] check(double[] d, String spec) {
        for (double x : d) {
            if (!(x >= 0 && x <= 1)) throw InputException.of("--density " + spec + ": " + x + " is not in [0, 1]");
        }
        return d;
    }
}
