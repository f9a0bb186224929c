package org.supcert.cli;

import java.util.List;
import java.util.Random;
import org.supcert.io.DenseMatrix;
import org.supcert.support.Mask;

/** Small helpers to build model tensors for certify tests (seeded, deterministic). */
final class TestModels {
    private TestModels() {}

    static Mask mask(String... rows) {
        return Mask.fromRowStrings(List.of(rows));
    }

    /** Weights with exactly the support of {@code m}: values in [0.5, 1.5) with random signs. */
    static DenseMatrix weights(Mask m, long seed) {
        Random rnd = new Random(seed);
        double[] v = new double[m.rows() * m.cols()];
        for (int i = 0; i < m.rows(); i++) {
            for (int j : m.row(i)) v[i * m.cols() + j] = (rnd.nextBoolean() ? 1 : -1) * (0.5 + rnd.nextDouble());
        }
        return DenseMatrix.of(m.rows(), m.cols(), v);
    }

    /** Dense random weights (no zero entry). */
    static DenseMatrix dense(int rows, int cols, long seed) {
        Mask.Builder b = new Mask.Builder(rows, cols);
        for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) b.set(i, j);
        return weights(b.build(), seed);
    }
}
