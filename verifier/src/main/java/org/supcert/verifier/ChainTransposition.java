package org.supcert.verifier;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.supcert.certificate.CornerCertificate;
import org.supcert.certificate.CurveCertificate;
import org.supcert.certificate.LaurentCurve;
import org.supcert.certificate.LaurentWitness;
import org.supcert.certificate.NotClosedCertificate;
import org.supcert.certificate.SpecializationCertificate;
import org.supcert.exact.RationalMatrix;
import org.supcert.support.Mask;

/**
 * Transposition (docs/theory.md#transposition): P_{W_1..W_L} is closed iff P_{W_L^T..W_1^T} is, so a rule may
 * decide the reversed, transposed chain, and its certificate maps back here. A NOT CLOSED
 * certificate maps entry by entry (rows and columns exchanged, inner lists and layers reversed,
 * every matrix transposed): (W_1(t)..W_L(t))^T = W_L(t)^T..W_1(t)^T, so the curve still reaches the
 * transposed B, and B is unattainable iff B^T is. A specialization certificate keeps its integers
 * and says they were generated on the transposed chain (its re-check transposes the chain again):
 * re-running the rank on the original orientation would draw other integers and could, however
 * rarely, fail, whereas the recorded orientation makes the re-check the very computation that
 * succeeded.
 */
final class ChainTransposition {
    private ChainTransposition() {}

    /** W_L^T, ..., W_1^T. */
    static List<Mask> transpose(List<Mask> chain) {
        List<Mask> out = new ArrayList<>(chain.size());
        for (int l = chain.size() - 1; l >= 0; l--) out.add(chain.get(l).transpose());
        return List.copyOf(out);
    }

    /** A NOT CLOSED certificate of the transposed chain as one of the original chain {@code name}; checks are cleared. */
    static NotClosedCertificate mapBack(String name, NotClosedCertificate c) {
        List<int[]> inner = new ArrayList<>(c.inner());
        java.util.Collections.reverse(inner);
        List<Mask> pattern = transpose(c.pattern());
        int layers = c.curve().factors();
        int d = c.curve().degree();
        List<List<RationalMatrix>> coefficients = new ArrayList<>();
        for (int l = layers - 1; l >= 0; l--) {
            List<RationalMatrix> perPower = new ArrayList<>();
            for (int p = -d; p <= d; p++) perPower.add(transpose(c.curve().coefficient(l, p)));
            coefficients.add(perPower);
        }
        LaurentWitness w = new LaurentWitness(c.cols().clone(), c.rows().clone(), inner, pattern, transpose(c.target()),
                new LaurentCurve(d, coefficients));
        if (c instanceof CornerCertificate corner) {
            return new CornerCertificate(name, w, new int[] {corner.special()[1], corner.special()[0]}, corner.multiplicity(), null);
        }
        return new CurveCertificate(name, w, null);
    }

    /** A specialization certificate of the transposed chain as one of the original chain {@code name}. */
    static SpecializationCertificate mapBack(String name, SpecializationCertificate c) {
        return new SpecializationCertificate(name, c.factors(), c.factors() - 1 - c.layer(), !c.transposed(),
                c.generator(), c.seed(), c.prime(), c.cells(), c.digest());
    }

    static RationalMatrix transpose(RationalMatrix m) {
        if (m.rows() == 0 || m.cols() == 0) return RationalMatrix.zeros(m.cols(), m.rows());
        BigFraction[][] t = new BigFraction[m.cols()][m.rows()];
        for (int i = 0; i < m.rows(); i++) for (int j = 0; j < m.cols(); j++) t[j][i] = m.get(i, j);
        return RationalMatrix.of(t);
    }
}
