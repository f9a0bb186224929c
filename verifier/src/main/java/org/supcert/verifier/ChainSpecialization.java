package org.supcert.verifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.supcert.certificate.SpecializationCertificate;
import org.supcert.certificate.SpecializationLimits;
import org.supcert.certificate.SpecializationRank;
import org.supcert.exact.ModPrime;
import org.supcert.exact.SplitMix64;
import org.supcert.support.Mask;

/**
 * Chains by specialization (docs/theory.md#specialization): fix every layer but one at integers from
 * {@link SplitMix64} and prove rank |U| of the remaining linear map modulo the prime. Free layers
 * are tried in a fixed order: the first (row by row), the last (column by column), then the middle
 * ones whose nnz(W_l) x |U| matrix is under {@link SpecializationLimits#MAX_RANK_ENTRIES}. All
 * of it is counted in multiply-adds against one work limit, so the answer never depends on time.
 */
final class ChainSpecialization {
    private ChainSpecialization() {}

    /**
     * The outcome: a certificate (CLOSED), or none with what was tried (for an UNKNOWN reason).
     *
     * @param tried one sentence per free layer tried, no timings
     * @param work  multiply-adds spent
     */
    record Outcome(Optional<SpecializationCertificate> certificate, String tried, long work) {}

    /** The documented seed of free layer l: l itself (the certificate records it anyway). */
    static long seedFor(int layer) {
        return layer;
    }

    static Outcome tryClose(String name, List<Mask> chain, long workLimit) {
        int last = chain.size() - 1;
        if (last < 1) return new Outcome(Optional.empty(), "specialization needs two or more factors", 0);
        List<Integer> order = new ArrayList<>(List.of(0, last));
        for (int l = 1; l < last; l++) order.add(l);
        List<String> notes = new ArrayList<>();
        long work = 0;
        SpecializationRank.Support support;
        try {
            support = new SpecializationRank.Support(chain);
        } catch (IllegalArgumentException e) {
            return new Outcome(Optional.empty(), "specialization not tried: " + e.getMessage(), 0);
        }
        for (int l : order) {
            SpecializationRank s = new SpecializationRank(support, l, seedFor(l));
            SpecializationRank.Result r = s.run(workLimit - work);
            work += r.work();
            String where = "free layer " + l + (l == 0 ? " (row by row)" : l == last ? " (column by column)" : "");
            if (r.status() == SpecializationRank.Status.FULL) {
                var cert = new SpecializationCertificate(name, chain.size(), l, false, SplitMix64.NAME, seedFor(l),
                        ModPrime.P, s.cells(), s.digest());
                notes.add(where + ": rank |U| = " + s.cells() + " modulo " + ModPrime.P);
                return new Outcome(Optional.of(cert), String.join("; ", notes), work);
            }
            notes.add(where + ": " + r.note());
            if (r.status() == SpecializationRank.Status.OUT_OF_WORK) {
                notes.add("stopped: work limit of " + workLimit + " multiply-adds spent");
                break;
            }
        }
        return new Outcome(Optional.empty(), "specialization (docs/theory.md#specialization): " + String.join("; ", notes), work);
    }
}
