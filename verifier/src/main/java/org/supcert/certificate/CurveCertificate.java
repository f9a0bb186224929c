package org.supcert.certificate;

import java.util.Objects;

/**
 * A Laurent-curve certificate found by the probes (docs/theory.md#probe-certificate): a witness B and
 * a curve towards it, with B's unattainability proved by Z3 (UNSAT) alone.
 *
 * @param support  name of the certified support
 * @param witness  the block, B and the curve
 * @param checks   how each part was verified, or null before the re-check
 */
public record CurveCertificate(String support, LaurentWitness witness, Checks checks) implements NotClosedCertificate {

    public CurveCertificate {
        Objects.requireNonNull(witness, "witness");
    }

    @Override
    public NamedResult result() { return NamedResult.PROBE_CERTIFICATE; }

    @Override
    public CurveCertificate withChecks(Checks c) {
        return new CurveCertificate(support, witness, c);
    }

    @Override
    public CurveCertificate withWitness(String support, LaurentWitness w) {
        return new CurveCertificate(support, w, null);
    }
}
