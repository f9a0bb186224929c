package org.supcert.certificate;

import java.util.Objects;

/**
 * A corner certificate (docs/theory.md#corner-certificate): a (mu+1) x (mu+1) block met fully by mu
 * inner columns and otherwise only in the special cell, with its witness and curve. Besides Z3, its
 * unattainability has an exact combinatorial proof ({@link CornerProof}).
 *
 * @param support       name of the certified support
 * @param witness       the block, B and the curve
 * @param special       the position of (i*, j*) inside the block
 * @param multiplicity  mu
 * @param checks        how each part was verified, or null before the re-check
 */
public record CornerCertificate(String support, LaurentWitness witness, int[] special, int multiplicity, Checks checks)
        implements NotClosedCertificate {

    public CornerCertificate {
        Objects.requireNonNull(witness, "witness");
        if (special == null || special.length != 2) throw new IllegalArgumentException("a corner certificate needs its special cell (i*, j*)");
        if (multiplicity < 1) throw new IllegalArgumentException("a corner certificate needs mu >= 1, got " + multiplicity);
    }

    @Override
    public NamedResult result() { return NamedResult.CORNER_CERTIFICATE; }

    @Override
    public CornerCertificate withChecks(Checks c) {
        return new CornerCertificate(support, witness, special, multiplicity, c);
    }

    @Override
    public CornerCertificate withWitness(String support, LaurentWitness w) {
        return new CornerCertificate(support, w, special, multiplicity, null);
    }
}
