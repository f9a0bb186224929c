package org.supcert.poly;

import com.microsoft.z3.ArithExpr;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Z3Exception;
import com.microsoft.z3.Expr;
import com.microsoft.z3.RealSort;
import com.microsoft.z3.Solver;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.supcert.exact.RationalMatrix;
import org.supcert.support.Mask;

/**
 * The full-space query of docs/theory.md#full-space-query: "exists B on the cells U reachable by the chain such
 * that for all W_1..W_L: W_1...W_L != B" (two quantifier blocks, Z3's nlqsat). UNSAT proves that P
 * is the whole linear space L(U), hence closed. SAT yields a B outside P, a candidate witness.
 * Only for small patterns (a few dozen variables), always under a time-out.
 */
public final class FullSpaceQuery {
    /** The answer, and for SAT with a rational model the matrix B outside P (zero off U). */
    public record Result(SolverOutcome outcome, RationalMatrix outside, int cells, int variables) {}

    private FullSpaceQuery() {}

    /** @throws SolverTroubleException when Z3 cannot be loaded or fails during the query */
    public static Result check(List<Mask> chain, SolverLimits limits) {
        Mask reach = chain.get(0);
        for (int l = 1; l < chain.size(); l++) reach = reach.product(chain.get(l));
        long start = System.nanoTime();
        try (Z3Session z = Z3Session.open(limits)) {
            Context ctx = z.context();
            ChainExpressions ex = new ChainExpressions(ctx);
            ArithExpr<RealSort>[][] product = ex.product(chain, "w");
            List<BoolExpr> differs = new ArrayList<>();
            List<Expr<RealSort>> b = new ArrayList<>();
            List<int[]> cells = new ArrayList<>();
            for (int i = 0; i < reach.rows(); i++) {
                for (int j : reach.row(i)) {
                    var bij = ctx.mkRealConst("b_" + i + "_" + j);
                    b.add(bij);
                    cells.add(new int[] {i, j});
                    differs.add(ctx.mkNot(ctx.mkEq(product[i][j], bij)));
                }
            }
            BoolExpr body = differs.isEmpty() ? ctx.mkFalse() : ctx.mkOr(differs.toArray(new BoolExpr[0]));
            BoolExpr forAll = ex.variables.isEmpty() ? body
                    : ctx.mkForall(ex.variables.toArray(new Expr<?>[0]), body, 1, null, null, null, null);
            Solver s = z.quantifiedSolver();
            s.add(new BoolExpr[] {forAll}); // an array of the concrete type: no generic varargs array
            SolverOutcome o = z.map(s.check(), s, start);
            RationalMatrix outside = null;
            if (o.isSat()) {
                BigFraction[][] m = new BigFraction[reach.rows()][reach.cols()];
                for (BigFraction[] row : m) java.util.Arrays.fill(row, BigFraction.ZERO);
                boolean rational = true;
                for (int c = 0; c < cells.size() && rational; c++) {
                    BigFraction v = Z3Session.rational(s.getModel(), b.get(c));
                    if (v == null) rational = false;
                    else m[cells.get(c)[0]][cells.get(c)[1]] = v;
                }
                if (rational) outside = RationalMatrix.of(m);
            }
            return new Result(o, outside, cells.size(), ex.variables.size());
        } catch (Z3Exception | LinkageError e) {
            throw Z3Session.trouble(e);
        }
    }
}
