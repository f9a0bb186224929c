package org.supcert.poly;

import com.microsoft.z3.ArithExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import com.microsoft.z3.RealSort;
import java.util.ArrayList;
import java.util.List;
import org.supcert.support.Mask;

/** Builds the polynomial product of a chain of masked variable matrices (shared by the encodings). */
final class ChainExpressions {
    private final Context ctx;
    final List<Expr<RealSort>> variables = new ArrayList<>();

    ChainExpressions(Context ctx) {
        this.ctx = ctx;
    }

    /** A matrix of fresh real variables on the mask, zero elsewhere. */
    @SuppressWarnings("unchecked")
    ArithExpr<RealSort>[][] variables(Mask m, String prefix) {
        ArithExpr<RealSort>[][] w = (ArithExpr<RealSort>[][]) new ArithExpr<?>[m.rows()][m.cols()];
        ArithExpr<RealSort> zero = ctx.mkReal(0);
        for (int i = 0; i < m.rows(); i++) {
            for (int j = 0; j < m.cols(); j++) {
                if (m.get(i, j)) {
                    var v = ctx.mkRealConst(prefix + "_" + i + "_" + j);
                    variables.add(v);
                    w[i][j] = v;
                } else {
                    w[i][j] = zero;
                }
            }
        }
        return w;
    }

    /** The product of the masked variable matrices of the chain. */
    ArithExpr<RealSort>[][] product(List<Mask> chain, String prefix) {
        ArithExpr<RealSort>[][] p = null;
        for (int l = 0; l < chain.size(); l++) {
            ArithExpr<RealSort>[][] w = variables(chain.get(l), prefix + l);
            p = p == null ? w : multiply(p, w);
        }
        return p;
    }

    @SuppressWarnings("unchecked")
    ArithExpr<RealSort>[][] multiply(ArithExpr<RealSort>[][] a, ArithExpr<RealSort>[][] b) {
        int n = a.length;
        int inner = b.length;
        int m = b[0].length;
        ArithExpr<RealSort>[][] out = (ArithExpr<RealSort>[][]) new ArithExpr<?>[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                List<ArithExpr<RealSort>> terms = new ArrayList<>();
                for (int k = 0; k < inner; k++) {
                    if (isZero(a[i][k]) || isZero(b[k][j])) continue;
                    terms.add(ctx.mkMul(a[i][k], b[k][j]));
                }
                out[i][j] = sum(terms);
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    ArithExpr<RealSort> sum(List<ArithExpr<RealSort>> terms) {
        if (terms.isEmpty()) return ctx.mkReal(0);
        if (terms.size() == 1) return terms.get(0);
        return ctx.mkAdd((ArithExpr<RealSort>[]) terms.toArray(new ArithExpr<?>[0]));
    }

    static boolean isZero(ArithExpr<RealSort> e) {
        return e.isRatNum() && e.toString().equals("0");
    }
}
