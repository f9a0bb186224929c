package org.supcert.certificate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.supcert.exact.ModPrime;
import org.supcert.exact.RankModPrime;
import org.supcert.support.SupportPair;

/**
 * The linearization certificate (docs/theory.md#linearization): the rest columns of K split into
 * K_y (y_k fixed to the integers given, x_k free) and K_x (x_k fixed, y_k free). The products with
 * those values form a linear space inside P_rest; if its projection off T has full dimension
 * |U_K minus T| (exact rank modulo {@code prime}), then P_K = L(U_K). The integers are the proof:
 * no genericity is assumed, and rank modulo a prime never exceeds the rank over Q.
 *
 * @param support  the certified support's name
 * @param inner    the inner columns K, ascending (an overlap component's)
 * @param fixedY   the columns of K_y with their y values on C_k (ascending C_k order)
 * @param fixedX   the columns of K_x with their x values on R_k (ascending R_k order)
 * @param prime    the modulus of the rank computation
 */
public record LinearizationCertificate(String support, int[] inner, List<Fixed> fixedY, List<Fixed> fixedX,
        long prime) implements ClosednessCertificate {

    /** One rest column and the integers its fixed factor takes. */
    public record Fixed(int column, long[] values) {}

    /** Largest matrix (free entries x cells) a check builds; a larger certificate is refused. */
    public static final long MAX_ENTRIES = 1L << 24;

    @Override
    public NamedResult result() { return NamedResult.LINEARIZATION; }

    @Override
    public String summary() {
        return "split of the rest columns: " + fixedY.size() + " with y fixed, " + fixedX.size()
                + " with x fixed; full rank modulo " + prime;
    }

    /** Re-checks from the support alone; empty when the rank is full, else why not. */
    public static Optional<String> check(LinearizationCertificate c, SupportPair pair) {
        if (c.prime() != ModPrime.P) return Optional.of("unsupported prime " + c.prime() + " (expected " + ModPrime.P + ")");
        if (!RestColumns.strictlyAscending(c.inner())) return Optional.of("inner columns must be strictly ascending");
        RestColumns k;
        try {
            k = new RestColumns(pair.left(), pair.right(), c.inner());
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        int[] rest = k.rest();
        Map<Integer, Fixed> ys = byColumn(c.fixedY());
        Map<Integer, Fixed> xs = byColumn(c.fixedX());
        if (ys == null || xs == null) return Optional.of("a column is listed twice");
        if (ys.size() + xs.size() != rest.length) {
            return Optional.of("the split lists " + (ys.size() + xs.size()) + " columns, K has " + rest.length + " rest columns");
        }
        // cells of U_K minus T, numbered in the order met
        Map<Long, Integer> cells = new HashMap<>();
        long vars = 0;
        for (int s : rest) {
            int col = k.inner[s];
            boolean y = ys.containsKey(col);
            if (!y && !xs.containsKey(col)) return Optional.of("rest column " + col + " is in neither K_y nor K_x");
            Fixed f = y ? ys.get(col) : xs.get(col);
            int expected = y ? k.colSets[s].length : k.rowSets[s].length;
            if (f.values().length != expected) {
                return Optional.of("column " + col + ": " + f.values().length + " values, expected " + expected);
            }
            vars += y ? k.rowSets[s].length : k.colSets[s].length;
            for (int i : k.rowSets[s]) {
                for (int j : k.colSets[s]) if (!k.inT(i, j)) cells.putIfAbsent(key(i, j), cells.size());
            }
        }
        if (vars * cells.size() > MAX_ENTRIES) return Optional.of("too large to check (" + vars + " x " + cells.size() + ")");
        if (vars < cells.size()) return Optional.of(vars + " free entries cannot span " + cells.size() + " cells");
        long[][] m = new long[(int) vars][cells.size()];
        int v = 0;
        for (int s : rest) {
            int col = k.inner[s];
            int[] rs = k.rowSets[s];
            int[] cs = k.colSets[s];
            if (ys.containsKey(col)) {
                long[] yv = ys.get(col).values();
                for (int i : rs) {
                    for (int b = 0; b < cs.length; b++) if (!k.inT(i, cs[b])) m[v][cells.get(key(i, cs[b]))] = ModPrime.reduce(yv[b]);
                    v++;
                }
            } else {
                long[] xv = xs.get(col).values();
                for (int j : cs) {
                    for (int a = 0; a < rs.length; a++) if (!k.inT(rs[a], j)) m[v][cells.get(key(rs[a], j))] = ModPrime.reduce(xv[a]);
                    v++;
                }
            }
        }
        int rank = new RankModPrime().rank(m, Long.MAX_VALUE);
        return rank == cells.size() ? Optional.empty()
                : Optional.of("rank " + rank + " modulo " + c.prime() + ", short of the " + cells.size() + " cells of U minus T");
    }

    private static Map<Integer, Fixed> byColumn(List<Fixed> fs) {
        Map<Integer, Fixed> m = new HashMap<>();
        for (Fixed f : fs) if (m.put(f.column(), f) != null) return null;
        return m;
    }

    private static long key(int i, int j) { return ((long) i << 32) | j; }
}
