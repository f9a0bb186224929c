package org.supcert.numeric.apply;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.supcert.numeric.butterfly.ButterflyFactor;

/**
 * A butterfly chain A = W_1 ... W_L P (or its transpose) compiled into stages, independent of the
 * kernels and of the precision it will run in: the stages in application order, the
 * single-vector stages (built on first use), the row permutations and the shape. Immutable and
 * shared by every executor of an operator.
 */
final class Plan {
    final List<ButterflyFactor> factors; // product order W_1 .. W_L
    final int[] permutation;             // chain permutation or null
    final boolean transposed;
    final List<Stage> stages;            // application order
    final int[] gather;                  // input row i is x[gather[i]] (P of the chain)
    final int[] scatter;                 // output row i goes to y[scatter[i]] (P^T of a transpose)
    final int rows;
    final int cols;
    final int maxRows;
    final boolean complex;
    final boolean needsTemp;
    /** Square and without out-of-place stages: runs in the output array itself. */
    final boolean inPlace;
    final long flops;
    private final List<ButterflyFactor> order; // application order, for the single-vector plan
    private volatile List<Stage> single;

    Plan(List<ButterflyFactor> factors, int[] permutation, boolean transposed) {
        this.factors = factors;
        this.permutation = permutation;
        this.transposed = transposed;
        List<ButterflyFactor> o = new ArrayList<>(factors);
        if (!transposed) {
            Collections.reverse(o); // W_L acts first
        } else {
            o.replaceAll(Stage::transpose); // A^T = P^T W_L^T .. W_1^T: W_1^T acts first
        }
        this.order = o;
        this.stages = List.copyOf(Stage.plan(o));
        this.gather = transposed ? null : permutation;
        this.scatter = transposed ? permutation : null;
        this.cols = stages.get(0).rowsIn();
        this.rows = stages.get(stages.size() - 1).rowsOut();
        int mr = 0;
        boolean temp = false;
        boolean cplx = false;
        long fl = 0;
        for (Stage s : stages) {
            mr = Math.max(mr, Math.max(s.rowsIn(), s.rowsOut()));
            temp |= s.kind == Stage.Kind.KRON;
            cplx |= s.isComplex();
            fl += s.flops();
        }
        this.maxRows = mr;
        this.needsTemp = temp;
        this.complex = cplx;
        this.inPlace = !temp && rows == cols;
        this.flops = fl;
    }

    /** The plan of the transposed operator A^T (not conjugated). */
    Plan transpose() {
        return new Plan(factors, permutation, !transposed);
    }

    /** The stages for rows of the given width: the single-vector plan (BLOCK stages) for width 1. */
    List<Stage> stages(int width) {
        if (width != 1) return stages;
        List<Stage> p = single;
        if (p == null) {
            p = List.copyOf(Stage.planSingle(order));
            single = p;
        }
        return p;
    }
}
