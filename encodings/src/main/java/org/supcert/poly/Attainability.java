package org.supcert.poly;

import com.microsoft.z3.ArithExpr;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Z3Exception;
import com.microsoft.z3.RealSort;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Status;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.supcert.exact.RationalMatrix;
import org.supcert.support.Mask;

/**
 * The attainability encoding of docs/theory.md#attainability: is the rational matrix B equal to
 * W_1 W_2 ... W_L for some real W_l supported on the given masks? Quantifier-free nonlinear real
 * arithmetic, decided by Z3's nlsat. UNSAT proves B is not in P.
 */
public final class Attainability {
    private Attainability() {}

    /**
     * Decides B in P for the chain of masks.
     *
     * @param limits work limit and wall-clock safety net; either answers UNKNOWN
     * @throws SolverTroubleException when Z3 cannot be loaded or fails during the query
     */
    public static SolverOutcome check(List<Mask> factors, RationalMatrix target, SolverLimits limits) {
        if (factors.get(0).rows() != target.rows() || factors.get(factors.size() - 1).cols() != target.cols()) {
            throw new IllegalArgumentException("target is " + target.rows() + " x " + target.cols()
                    + " but the chain is " + factors.get(0).rows() + " x " + factors.get(factors.size() - 1).cols());
        }
        long start = System.nanoTime();
        try (Z3Session z = Z3Session.open(limits)) {
            Context ctx = z.context();
            ArithExpr<RealSort>[][] product = new ChainExpressions(ctx).product(factors, "w");
            Solver solver = z.solver();
            List<BoolExpr> eqs = new ArrayList<>();
            for (int i = 0; i < target.rows(); i++) {
                for (int j = 0; j < target.cols(); j++) {
                    eqs.add(ctx.mkEq(product[i][j], constant(ctx, target.get(i, j))));
                }
            }
            solver.add(eqs.toArray(new BoolExpr[0]));
            return z.map(solver.check(), solver, start);
        } catch (Z3Exception | LinkageError e) {
            throw Z3Session.trouble(e);
        }
    }




    static ArithExpr<RealSort> constant(Context ctx, BigFraction x) {
        return ctx.mkReal(x.getNumerator() + "/" + x.getDenominator());
    }

    static SolverOutcome.Status statusOf(Status s) {
        if (s == Status.SATISFIABLE) return SolverOutcome.Status.SAT;
        if (s == Status.UNSATISFIABLE) return SolverOutcome.Status.UNSAT;
        return SolverOutcome.Status.UNKNOWN;
    }
}
