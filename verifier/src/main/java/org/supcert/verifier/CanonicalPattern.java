package org.supcert.verifier;

import java.util.Arrays;
import java.util.List;
import org.supcert.support.Mask;

/**
 * A cache key for a small restricted pattern that is the same for patterns equal up to permuting
 * rows, columns and inner columns (identical rank-one supports merge by multiplicity). For a pair
 * of up to 4 x 4 it is the lexicographically smallest sorted list of rank-one supports over all row
 * and column permutations, an exact canonical form; larger pairs and chains use the masks verbatim
 * (still a sound key, only fewer hits).
 */
final class CanonicalPattern {
    private static final int MAX_SIDE = 4;

    private CanonicalPattern() {}

    static String key(List<Mask> pattern) {
        if (pattern.size() != 2 || pattern.get(0).rows() > MAX_SIDE || pattern.get(1).cols() > MAX_SIDE) {
            StringBuilder s = new StringBuilder("v");
            for (Mask m : pattern) s.append(m.rows()).append('x').append(m.cols()).append(m.toRowStrings());
            return s.toString();
        }
        Mask left = pattern.get(0);
        Mask right = pattern.get(1);
        int r = left.rows();
        int c = right.cols();
        int k = left.cols();
        int[] rowBits = new int[k];
        int[] colBits = new int[k];
        for (int q = 0; q < k; q++) {
            for (int i : left.column(q)) rowBits[q] |= 1 << i;
            for (int j : right.row(q)) colBits[q] |= 1 << j;
        }
        int[] best = null;
        int[] rp = identity(r);
        do {
            int[] cp = identity(c);
            do {
                int[] code = new int[k];
                for (int q = 0; q < k; q++) code[q] = (permute(rowBits[q], rp) << MAX_SIDE) | permute(colBits[q], cp);
                Arrays.sort(code);
                if (best == null || Arrays.compare(code, best) < 0) best = code;
            } while (nextPermutation(cp));
        } while (nextPermutation(rp));
        return "p" + r + "x" + c + Arrays.toString(best);
    }

    private static int permute(int bits, int[] perm) {
        int out = 0;
        for (int i = 0; i < perm.length; i++) if ((bits & (1 << i)) != 0) out |= 1 << perm[i];
        return out;
    }

    private static int[] identity(int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) p[i] = i;
        return p;
    }

    private static boolean nextPermutation(int[] p) {
        int i = p.length - 2;
        while (i >= 0 && p[i] >= p[i + 1]) i--;
        if (i < 0) return false;
        int j = p.length - 1;
        while (p[j] <= p[i]) j--;
        int t = p[i]; p[i] = p[j]; p[j] = t;
        for (int a = i + 1, b = p.length - 1; a < b; a++, b--) { t = p[a]; p[a] = p[b]; p[b] = t; }
        return true;
    }
}
