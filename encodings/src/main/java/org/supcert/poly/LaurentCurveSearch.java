package org.supcert.poly;

import com.microsoft.z3.ArithExpr;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Z3Exception;
import com.microsoft.z3.Expr;
import com.microsoft.z3.Model;
import com.microsoft.z3.RealSort;
import com.microsoft.z3.Solver;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.numbers.fraction.BigFraction;
import org.supcert.exact.RationalMatrix;
import org.supcert.support.Mask;

/**
 * The Laurent-curve encoding of docs/theory.md#laurent-curve: W_l(t) = sum_{p=-d..d} C_{l,p} t^p with every
 * C_{l,p} supported on mask l; the coefficients of t^q (q < 0) of the product vanish and that of
 * t^0 equals B. SAT with a rational model gives a curve proving B in closure(P); the caller still
 * re-checks it exactly.
 */
public final class LaurentCurveSearch {
    /** The answer; for SAT with a rational model, coefficients.get(l).get(p + d) = C_{l,p}. */
    public record Result(SolverOutcome outcome, int degree, List<List<RationalMatrix>> coefficients) {}

    private LaurentCurveSearch() {}

    /** @throws SolverTroubleException when Z3 cannot be loaded or fails during the query */
    public static Result find(List<Mask> chain, RationalMatrix target, int degree, SolverLimits limits) {
        long start = System.nanoTime();
        try (Z3Session z = Z3Session.open(limits)) {
            Context ctx = z.context();
            ChainExpressions ex = new ChainExpressions(ctx);
            List<List<ArithExpr<RealSort>[][]>> coeff = new ArrayList<>();
            for (int l = 0; l < chain.size(); l++) {
                List<ArithExpr<RealSort>[][]> perPower = new ArrayList<>();
                for (int p = -degree; p <= degree; p++) perPower.add(ex.variables(chain.get(l), "c" + l + "_" + (p + degree)));
                coeff.add(perPower);
            }
            // product as a Laurent polynomial: power -> matrix of expressions
            Map<Integer, ArithExpr<RealSort>[][]> prod = new TreeMap<>();
            for (int p = -degree; p <= degree; p++) prod.put(p, coeff.get(0).get(p + degree));
            for (int l = 1; l < chain.size(); l++) {
                Map<Integer, List<ArithExpr<RealSort>[][]>> terms = new TreeMap<>();
                for (var e : prod.entrySet()) {
                    for (int p = -degree; p <= degree; p++) {
                        terms.computeIfAbsent(e.getKey() + p, q -> new ArrayList<>())
                                .add(ex.multiply(e.getValue(), coeff.get(l).get(p + degree)));
                    }
                }
                Map<Integer, ArithExpr<RealSort>[][]> next = new TreeMap<>();
                for (var e : terms.entrySet()) next.put(e.getKey(), add(ex, e.getValue()));
                prod = next;
            }
            List<BoolExpr> constraints = new ArrayList<>();
            for (var e : prod.entrySet()) {
                int q = e.getKey();
                if (q > 0) continue;
                ArithExpr<RealSort>[][] m = e.getValue();
                for (int i = 0; i < m.length; i++) {
                    for (int j = 0; j < m[i].length; j++) {
                        BigFraction want = q == 0 ? target.get(i, j) : BigFraction.ZERO;
                        if (ChainExpressions.isZero(m[i][j]) && want.signum() == 0) continue;
                        constraints.add(ctx.mkEq(m[i][j], Attainability.constant(ctx, want)));
                    }
                }
            }
            Solver s = z.solver();
            s.add(constraints.toArray(new BoolExpr[0]));
            SolverOutcome o = z.map(s.check(), s, start);
            if (!o.isSat()) return new Result(o, degree, null);
            Model model = s.getModel();
            List<List<RationalMatrix>> out = new ArrayList<>();
            for (int l = 0; l < chain.size(); l++) {
                List<RationalMatrix> perPower = new ArrayList<>();
                for (int p = -degree; p <= degree; p++) {
                    ArithExpr<RealSort>[][] c = coeff.get(l).get(p + degree);
                    BigFraction[][] v = new BigFraction[c.length][c[0].length];
                    for (int i = 0; i < c.length; i++) {
                        for (int j = 0; j < c[i].length; j++) {
                            if (ChainExpressions.isZero(c[i][j])) {
                                v[i][j] = BigFraction.ZERO;
                                continue;
                            }
                            BigFraction x = Z3Session.rational(model, (Expr<?>) c[i][j]);
                            if (x == null) {
                                return new Result(SolverOutcome.unknown("the curve found has irrational coefficients",
                                        o.millis()), degree, null);
                            }
                            v[i][j] = x;
                        }
                    }
                    perPower.add(RationalMatrix.of(v));
                }
                out.add(perPower);
            }
            return new Result(o, degree, out);
        } catch (Z3Exception | LinkageError e) {
            throw Z3Session.trouble(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static ArithExpr<RealSort>[][] add(ChainExpressions ex, List<ArithExpr<RealSort>[][]> ms) {
        int r = ms.get(0).length;
        int c = ms.get(0)[0].length;
        ArithExpr<RealSort>[][] out = (ArithExpr<RealSort>[][]) new ArithExpr<?>[r][c];
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                List<ArithExpr<RealSort>> terms = new ArrayList<>();
                for (ArithExpr<RealSort>[][] m : ms) if (!ChainExpressions.isZero(m[i][j])) terms.add(m[i][j]);
                out[i][j] = ex.sum(terms);
            }
        }
        return out;
    }
}
