package org.supcert.verifier;

import java.util.List;
import java.util.Optional;
import org.supcert.certificate.NamedResult;
import org.supcert.support.Mask;

/**
 * docs/theory.md#butterfly-chain: a chain of deformable butterfly factors I_a (x) 1_(b x c) (x) I_d
 * whose consecutive products keep that form is closed (the hierarchical algorithm factors every
 * matrix of the closure exactly). The check used here is the chaining condition
 * a_(l+1) = a_l c_l and d_l = b_(l+1) d_(l+1), under which
 * K(a_l,b_l,c_l,d_l) K(a_(l+1),b_(l+1),c_(l+1),d_(l+1)) = K(a_l, b_l b_(l+1), c_l c_(l+1), d_(l+1)),
 * again chainable with the next factor, so every contiguous product keeps the form. The standard
 * butterfly (a = 2^(l-1), b = c = 2, d = N/2^l) and Monarch satisfy it.
 */
final class KroneckerChainRule implements ChainRule {
    @Override
    public Optional<Decision> decide(ChainView view, VerifySession session) {
        if (view.size() < 3) return Optional.empty();
        Optional<List<int[]>> forms = recognize(view.layers());
        if (forms.isEmpty()) {
            if (!view.transposed() && view.how().isEmpty()) session.note("not a chainable deformable butterfly chain");
            return Optional.empty();
        }
        return Optional.of(Decision.closed(NamedResult.BUTTERFLY_CHAIN, view.how() + "chainable deformable butterfly factors "
                + describe(forms.get()) + ": every contiguous product keeps the Kronecker form, and the hierarchical "
                + "algorithm factors every matrix of the closure exactly", true));
    }

    /** The forms (a, b, c, d) of a chainable Kronecker chain, or empty. */
    static Optional<List<int[]>> recognize(List<Mask> chain) {
        List<int[]> forms = new java.util.ArrayList<>();
        for (Mask m : chain) {
            Optional<int[]> f = form(m);
            if (f.isEmpty()) return Optional.empty();
            forms.add(f.get());
        }
        for (int l = 0; l + 1 < forms.size(); l++) {
            int[] x = forms.get(l);
            int[] y = forms.get(l + 1);
            if ((long) y[0] != (long) x[0] * x[2] || (long) x[3] != (long) y[1] * y[3]) return Optional.empty();
        }
        return Optional.of(forms);
    }

    /** Recognizes m = I_a (x) 1_(b x c) (x) I_d exactly, when b >= 2 or c >= 2 (b = c = 1 is a permutation). */
    static Optional<int[]> form(Mask m) {
        int c = m.rowCount(0);
        int b = m.columnCount(0);
        if (c < 1 || b < 1 || (b == 1 && c == 1)) return Optional.empty();
        int d;
        if (c >= 2) d = m.row(0)[1] - m.row(0)[0];
        else d = m.column(0)[1] - m.column(0)[0];
        if (d < 1 || m.rows() % ((long) b * d) != 0) return Optional.empty();
        int a = m.rows() / (b * d);
        if ((long) a * c * d != m.cols()) return Optional.empty();
        // exact comparison, row by row
        for (int row = 0; row < m.rows(); row++) {
            int[] r = m.row(row);
            if (r.length != c) return Optional.empty();
            int alpha = row / (b * d);
            int delta = row % d;
            for (int gamma = 0; gamma < c; gamma++) {
                if (r[gamma] != alpha * c * d + gamma * d + delta) return Optional.empty();
            }
        }
        return Optional.of(new int[] {a, b, c, d});
    }

    static String describe(List<int[]> forms) {
        StringBuilder s = new StringBuilder();
        for (int[] f : forms) {
            if (s.length() > 0) s.append(" * ");
            s.append("I_").append(f[0]).append("(x)1_").append(f[1]).append('x').append(f[2]).append("(x)I_").append(f[3]);
        }
        return s.toString();
    }
}
