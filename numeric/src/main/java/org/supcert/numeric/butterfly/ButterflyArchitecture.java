package org.supcert.numeric.butterfly;

import java.util.ArrayList;
import java.util.List;
import org.supcert.support.Mask;
import org.supcert.support.SupportChain;

/**
 * The supports of a (deformable) butterfly chain: factor l has support I_a (x) 1_(b x c) (x) I_d
 * ({@link Form}), and consecutive factors satisfy a_(l+1) = a_l c_l and d_l = b_(l+1) d_(l+1), the
 * condition under which every product of consecutive factors keeps the Kronecker form:
 * W_l ... W_k is supported on I_(a_l) (x) 1_(b_l...b_k x c_l...c_k) (x) I_(d_k). That is what makes
 * each two-factor step of the hierarchical algorithm a set of disjoint rank-one problems.
 */
public final class ButterflyArchitecture {
    /** One factor's support I_a (x) 1_(b x c) (x) I_d. */
    public record Form(int a, int b, int c, int d) {
        public Form {
            if (a < 1 || b < 1 || c < 1 || d < 1) {
                throw new IllegalArgumentException("butterfly form parameters must be positive: " + a + "," + b + "," + c + "," + d);
            }
        }

        public int rows() { return Math.multiplyExact(Math.multiplyExact(a, b), d); }

        public int cols() { return Math.multiplyExact(Math.multiplyExact(a, c), d); }

        @Override
        public String toString() { return "I_" + a + " x 1_(" + b + "x" + c + ") x I_" + d; }
    }

    private final List<Form> forms;

    /** Checks the chaining condition; the message names the first pair of factors that breaks it. */
    public ButterflyArchitecture(List<Form> forms) {
        if (forms.isEmpty()) throw new IllegalArgumentException("a butterfly architecture needs at least one factor");
        for (int l = 0; l + 1 < forms.size(); l++) {
            Form f = forms.get(l), g = forms.get(l + 1);
            if ((long) f.a() * f.c() != g.a() || (long) f.d() != (long) g.b() * g.d()) {
                throw new IllegalArgumentException("factors " + (l + 1) + " (" + f + ") and " + (l + 2) + " (" + g
                        + ") do not chain into a Kronecker-form product (need a' = a c and d = b' d'):"
                        + " not butterfly-compatible");
            }
        }
        this.forms = List.copyOf(forms);
    }

    /** The standard chain of size n = 2^L: factor l is I_(2^(l-1)) (x) 1_(2x2) (x) I_(n/2^l). */
    public static ButterflyArchitecture standard(int n) {
        if (n < 2 || Integer.bitCount(n) != 1) throw new IllegalArgumentException("N = " + n + " is not a power of two >= 2");
        int levels = Integer.numberOfTrailingZeros(n);
        List<Form> f = new ArrayList<>();
        for (int l = 1; l <= levels; l++) f.add(new Form(1 << (l - 1), 2, 2, n >> l));
        return new ButterflyArchitecture(f);
    }

    /**
     * The architecture of a support chain whose masks are all of Kronecker form and chain; throws
     * IllegalArgumentException naming the first factor that is not.
     */
    public static ButterflyArchitecture of(SupportChain chain) {
        List<Form> f = new ArrayList<>();
        for (int l = 0; l < chain.length(); l++) f.add(recognize(chain.factor(l), l + 1));
        return new ButterflyArchitecture(f);
    }

    /** The Kronecker form of a mask (the smallest a, then d, that reproduces it). */
    static Form recognize(Mask m, int position) {
        int rows = m.rows(), cols = m.cols();
        for (int a = 1; a <= Math.min(rows, cols); a++) {
            if (rows % a != 0 || cols % a != 0) continue;
            for (int d = 1; d <= Math.min(rows, cols) / a; d++) {
                if ((rows / a) % d != 0 || (cols / a) % d != 0) continue;
                int b = rows / a / d, c = cols / a / d;
                if ((long) a * b * c * d != m.nonZeros()) continue;
                if (ButterflyFactor.zeros(a, b, c, d, false).support().equals(m)) return new Form(a, b, c, d);
            }
        }
        throw new IllegalArgumentException("factor " + position + " (" + rows + " x " + cols
                + ") is not of the form I_a (x) 1_(b x c) (x) I_d: not butterfly-compatible");
    }

    public List<Form> forms() { return forms; }

    public int size() { return forms.size(); }

    public int rows() { return forms.get(0).rows(); }

    public int cols() { return forms.get(forms.size() - 1).cols(); }

    /** The Kronecker form of the product of factors lo .. hi-1 (0-based, hi exclusive). */
    public Form range(int lo, int hi) {
        long b = 1, c = 1;
        for (int l = lo; l < hi; l++) {
            b *= forms.get(l).b();
            c *= forms.get(l).c();
        }
        return new Form(forms.get(lo).a(), Math.toIntExact(b), Math.toIntExact(c), forms.get(hi - 1).d());
    }

    @Override
    public String toString() { return forms.toString(); }
}
