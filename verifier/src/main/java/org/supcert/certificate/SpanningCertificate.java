package org.supcert.certificate;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.supcert.support.Mask;
import org.supcert.support.SupportPair;

/**
 * Theorem S's certificate (docs/theory.md#theorem-s): for every row i met by the inner columns K
 * (or every column, for the column orientation), a matching in G_i that covers V_i. Lines of
 * twin rows share one matching, so a line lists the product rows it stands for.
 *
 * @param support      the certified support's name
 * @param orientation  "rows" (y generic, rows solved one by one) or "cols"
 * @param inner        the inner columns K, ascending (an overlap component's)
 * @param lines        per group of rows: the rows, the matched columns (V_i, ascending) and the inner column matched to each
 */
public record SpanningCertificate(String support, String orientation, int[] inner, List<Line> lines)
        implements ClosednessCertificate {

    /** One matching: {@code at} the rows it serves, {@code matched[s]} matched to inner column {@code inner[s]}. */
    public record Line(int[] at, int[] matched, int[] inner) {}

    @Override
    public NamedResult result() { return NamedResult.THEOREM_S; }

    @Override
    public String summary() {
        long pairs = lines.stream().mapToLong(l -> (long) l.at().length * l.matched().length).sum();
        return "matchings covering V_i for every " + ("rows".equals(orientation) ? "row" : "column") + " of "
                + inner.length + " inner column(s): " + pairs + " matched pair(s) in " + lines.size() + " group(s)";
    }

    /**
     * Re-checks the certificate against the support, from scratch: every line of the component
     * appears once; its matched set is exactly V_i; every pair is an edge of G_i; no inner column
     * is used twice on a line. Empty when it holds, else the first failure.
     */
    public static Optional<String> check(SpanningCertificate c, SupportPair pair) {
        Mask left = pair.left();
        Mask right = pair.right();
        if ("cols".equals(c.orientation())) {
            left = pair.right().transpose();
            right = pair.left().transpose();
        } else if (!"rows".equals(c.orientation())) {
            return Optional.of("orientation must be \"rows\" or \"cols\"");
        }
        if (!RestColumns.strictlyAscending(c.inner())) return Optional.of("inner columns must be strictly ascending");
        RestColumns k;
        try {
            k = new RestColumns(left, right, c.inner());
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        int[] rest = k.rest();
        // position of each rest column in K (-1 for columns outside K or complete), and its C_k as a bitset
        int[] restAt = new int[left.cols()];
        Arrays.fill(restAt, -1);
        long[][] colBits = new long[k.inner.length][];
        for (int s : rest) {
            colBits[s] = k.colBits(s);
            restAt[k.inner[s]] = s;
        }
        boolean[] seen = new boolean[left.rows()];
        long[] v = new long[k.words];
        long[] all = new long[k.words];
        for (int s : rest) for (int w = 0; w < all.length; w++) all[w] |= colBits[s][w];
        int[] usedAt = new int[left.cols()];
        Arrays.fill(usedAt, -1);
        int[] rowOf = new int[left.cols()];
        Arrays.fill(rowOf, -1);
        int lineNo = 0;
        for (Line line : c.lines()) {
            if (line.matched().length != line.inner().length) return Optional.of("line " + lineNo + ": matched and inner differ in length");
            for (int i : line.at()) {
                if (i < 0 || i >= left.rows()) return Optional.of("line " + lineNo + ": row " + i + " is out of range");
                if (seen[i]) return Optional.of("row " + i + " appears on two lines");
                seen[i] = true;
                Optional<String> f = checkRow(k, restAt, colBits, left, right, i, line, v, all, usedAt, rowOf);
                if (f.isPresent()) return f;
            }
            lineNo++;
        }
        // every row met by a rest column needs a line
        for (int s : rest) {
            for (int i : k.rowSets[s]) if (!seen[i]) return Optional.of("row " + i + " has no matching");
        }
        return Optional.empty();
    }

    private static Optional<String> checkRow(RestColumns k, int[] restAt, long[][] colBits, Mask left, Mask right, int i,
            Line line, long[] v, long[] all, int[] usedAt, int[] rowOf) {
        Arrays.fill(v, 0);
        int[] rowInner = left.row(i);
        boolean full = false;
        int ored = 0;
        for (int kk : rowInner) {
            rowOf[kk] = i; // (i, kk) is in the left mask: a lookup, not a binary search per matched pair
            if (full || restAt[kk] < 0) continue;
            long[] b = colBits[restAt[kk]];
            for (int w = 0; w < v.length; w++) v[w] |= b[w];
            // V_i cannot grow past the union of all rest columns' C_k: stop OR-ing once it is reached
            full = (++ored & 7) == 0 && Arrays.equals(v, all);
        }
        if (k.tRows[i] != null) for (int w = 0; w < v.length; w++) v[w] &= ~k.tRows[i][w];
        int expected = 0;
        for (long w : v) expected += Long.bitCount(w);
        int[] m = line.matched();
        if (m.length != expected) {
            return Optional.of("row " + i + ": " + m.length + " column(s) matched, V_i has " + expected);
        }
        for (int s = 0; s < m.length; s++) {
            int j = m[s];
            int kk = line.inner()[s];
            if (j < 0 || j >= right.cols() || (v[j >>> 6] & (1L << j)) == 0 || (s > 0 && j <= m[s - 1])) {
                return Optional.of("row " + i + ": matched column " + j + " is not in V_i (or repeated)");
            }
            if (kk < 0 || kk >= restAt.length || restAt[kk] < 0) {
                return Optional.of("row " + i + ": inner column " + kk + " is not a rest column of K");
            }
            long[] cols = colBits[restAt[kk]]; // C_k as a bitset: right(kk, j) without a search
            if (rowOf[kk] != i || (cols[j >>> 6] & (1L << j)) == 0) {
                return Optional.of("row " + i + ": (" + kk + ", " + j + ") is not an edge of G_i");
            }
            if (usedAt[kk] == i) return Optional.of("row " + i + ": inner column " + kk + " is matched twice");
            usedAt[kk] = i;
        }
        return Optional.empty();
    }
}
