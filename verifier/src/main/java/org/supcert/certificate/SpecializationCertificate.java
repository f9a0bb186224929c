package org.supcert.certificate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.supcert.exact.ModPrime;
import org.supcert.exact.SplitMix64;
import org.supcert.support.Mask;

/**
 * A CLOSED certificate for a chain by specialization (docs/theory.md#specialization, "Chains, by
 * specialization"): with every layer but {@code layer} fixed at the integers that {@code generator}
 * regenerates from {@code seed} ({@link SpecializationRank} says how), the map W_l -> A W_l C has
 * rank |U| = {@code cells} modulo {@code prime}, so P = L(U). Re-checking is one exact rank
 * computation ({@link #check}); the integers need not be stored.
 *
 * @param support     name of the certified support
 * @param factors     number of layers L of the chain it was found on
 * @param layer       the free layer l (0-based, in the chain's own order)
 * @param transposed  true when the integers were generated on the reversed, transposed chain
 *                    (docs/theory.md#transposition), where the free layer is L-1-l; the rank,
 *                    and so the proof, is the same for a chain and its transpose
 * @param generator   {@link SplitMix64#NAME}
 * @param seed        the generator's seed
 * @param prime       the modulus, {@link ModPrime#P}
 * @param cells       |U|, the number of cells of the product support
 * @param digest      the digest of the regenerated integers ({@link SpecializationRank}): the rank
 *                    alone is the proof, the digest makes a record whose seed, layer or orientation
 *                    was edited (or a generator that changed) fail loudly instead of proving
 *                    something with other integers
 */
public record SpecializationCertificate(String support, int factors, int layer, boolean transposed, String generator,
        long seed, long prime, long cells, long digest) implements ClosednessCertificate {

    @Override
    public NamedResult result() { return NamedResult.SPECIALIZATION; }

    @Override
    public String summary() {
        return "layer " + layer + " of " + factors + " free" + (transposed ? " (on the transposed chain)" : "")
                + ", the others at " + generator + " integers from seed " + seed + ": rank " + cells + " = |U| modulo " + prime;
    }

    /** {@link #check(SpecializationCertificate, List, long)} with {@link SpecializationLimits#CHECK_WORK}. */
    public static Optional<String> check(SpecializationCertificate cert, List<Mask> chain) {
        return check(cert, chain, SpecializationLimits.CHECK_WORK);
    }

    /**
     * Re-verifies the certificate against the chain from scratch: regenerates the integers,
     * recomputes U, the digest and the rank modulo the prime. Empty when it holds, else why not.
     */
    public static Optional<String> check(SpecializationCertificate cert, List<Mask> chain, long workLimit) {
        if (cert.prime() != ModPrime.P) return Optional.of("prime " + cert.prime() + " is not " + ModPrime.P);
        if (!SplitMix64.NAME.equals(cert.generator())) {
            return Optional.of("generator \"" + cert.generator() + "\" is not \"" + SplitMix64.NAME + "\"");
        }
        int l = chain.size();
        if (cert.factors() != l) return Optional.of("the certificate is for " + cert.factors() + " factors, the chain has " + l);
        if (l < 2) return Optional.of("specialization needs two or more factors");
        if (cert.layer() < 0 || cert.layer() >= l) return Optional.of("free layer " + cert.layer() + " outside 0.." + (l - 1));
        List<Mask> oriented = chain;
        int free = cert.layer();
        if (cert.transposed()) {
            oriented = new ArrayList<>();
            for (int m = l - 1; m >= 0; m--) oriented.add(chain.get(m).transpose());
            free = l - 1 - free;
        }
        SpecializationRank s;
        try {
            s = new SpecializationRank(oriented, free, cert.seed());
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        if (s.cells() != cert.cells()) return Optional.of("|U| is " + s.cells() + ", the certificate says " + cert.cells());
        if (s.digest() != cert.digest()) {
            return Optional.of("the seed regenerates integers with digest " + s.digest() + ", the certificate says "
                    + cert.digest());
        }
        SpecializationRank.Result r = s.run(workLimit);
        return switch (r.status()) {
            case FULL -> Optional.empty();
            case DEFICIENT -> Optional.of("the rank is not |U| = " + s.cells() + ": " + r.note());
            case OUT_OF_WORK -> Optional.of("not re-checked within the work limit of " + workLimit + " multiply-adds: "
                    + r.note());
            case TOO_LARGE -> Optional.of("too large to re-check: " + r.note());
        };
    }
}
