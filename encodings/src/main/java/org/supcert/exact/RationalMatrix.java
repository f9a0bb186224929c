package org.supcert.exact;

import java.util.Arrays;
import org.apache.commons.numbers.fraction.BigFraction;

/** An exact rational matrix (immutable), for witnesses and curve coefficients. Never floating point. */
public final class RationalMatrix {
    private final int rows;
    private final int cols;
    private final BigFraction[] v;

    private RationalMatrix(int rows, int cols, BigFraction[] v) {
        this.rows = rows;
        this.cols = cols;
        this.v = v;
    }

    public static RationalMatrix zeros(int rows, int cols) {
        BigFraction[] v = new BigFraction[rows * cols];
        Arrays.fill(v, BigFraction.ZERO);
        return new RationalMatrix(rows, cols, v);
    }

    /** From rows of entries (copied). */
    public static RationalMatrix of(BigFraction[][] entries) {
        int rows = entries.length;
        int cols = rows == 0 ? 0 : entries[0].length;
        BigFraction[] v = new BigFraction[rows * cols];
        for (int i = 0; i < rows; i++) {
            if (entries[i].length != cols) throw new IllegalArgumentException("ragged rational matrix");
            System.arraycopy(entries[i], 0, v, i * cols, cols);
        }
        return new RationalMatrix(rows, cols, v);
    }

    /** From integer rows, e.g. {@code of(new long[][] {{0, 1}, {1, 0}})}. */
    public static RationalMatrix of(long[][] entries) {
        BigFraction[][] e = new BigFraction[entries.length][];
        for (int i = 0; i < entries.length; i++) {
            e[i] = Arrays.stream(entries[i]).mapToObj(BigFraction::of).toArray(BigFraction[]::new);
        }
        return of(e);
    }

    public int rows() { return rows; }

    public int cols() { return cols; }

    public BigFraction get(int i, int j) { return v[i * cols + j]; }


    public RationalMatrix plus(RationalMatrix o) {
        requireShape(o.rows, o.cols);
        BigFraction[] w = new BigFraction[v.length];
        for (int p = 0; p < v.length; p++) w[p] = v[p].add(o.v[p]);
        return new RationalMatrix(rows, cols, w);
    }

    public RationalMatrix transpose() {
        BigFraction[] w = new BigFraction[v.length];
        for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) w[j * rows + i] = v[i * cols + j];
        return new RationalMatrix(cols, rows, w);
    }

    public RationalMatrix times(RationalMatrix o) {
        if (cols != o.rows) throw new IllegalArgumentException("inner dimensions differ: " + cols + " vs " + o.rows);
        BigFraction[] w = new BigFraction[rows * o.cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < o.cols; j++) {
                BigFraction s = BigFraction.ZERO;
                for (int k = 0; k < cols; k++) {
                    BigFraction a = v[i * cols + k];
                    if (a.signum() != 0) s = s.add(a.multiply(o.v[k * o.cols + j]));
                }
                w[i * o.cols + j] = s;
            }
        }
        return new RationalMatrix(rows, o.cols, w);
    }

    public boolean isZero() {
        for (BigFraction x : v) if (x.signum() != 0) return false;
        return true;
    }

    private void requireShape(int r, int c) {
        if (r != rows || c != cols) {
            throw new IllegalArgumentException("shape " + r + " x " + c + " differs from " + rows + " x " + cols);
        }
    }

    /** Entries as strings "p" or "p/q", row by row: the certificate format. */
    public String[][] toStrings() {
        String[][] out = new String[rows][cols];
        for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) out[i][j] = format(get(i, j));
        return out;
    }

    /** Parses entries written by {@link #toStrings()}; the message names the bad entry. */
    public static RationalMatrix parse(String[][] entries) {
        BigFraction[][] e = new BigFraction[entries.length][];
        for (int i = 0; i < entries.length; i++) {
            e[i] = new BigFraction[entries[i].length];
            for (int j = 0; j < entries[i].length; j++) {
                try {
                    e[i][j] = BigFraction.parse(entries[i][j].trim());
                } catch (RuntimeException ex) {
                    throw new IllegalArgumentException("entry (" + i + ", " + j + ") \"" + entries[i][j]
                            + "\" is not a rational number");
                }
            }
        }
        return of(e);
    }

    static String format(BigFraction x) {
        return x.getDenominator().equals(java.math.BigInteger.ONE)
                ? x.getNumerator().toString()
                : x.getNumerator() + "/" + x.getDenominator();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RationalMatrix m && rows == m.rows && cols == m.cols && Arrays.equals(v, m.v);
    }

    @Override
    public int hashCode() { return Arrays.hashCode(v) * 31 + rows; }

    @Override
    public String toString() { return Arrays.deepToString(toStrings()); }
}
