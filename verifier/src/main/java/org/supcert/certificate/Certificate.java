package org.supcert.certificate;

import java.util.List;
import org.supcert.exact.RationalMatrix;
import org.supcert.support.Mask;

/**
 * A NOT CLOSED certificate (docs/theory.md#section-6): a restriction of the support (product rows, product
 * columns and the inner columns that meet the block), a rational witness B on that block, and a
 * Laurent curve in the restricted pattern with W_1(t)...W_L(t) = B + O(t). With B unattainable in
 * the restricted pattern, the restriction lemma makes the whole support NOT CLOSED.
 *
 * @param support       name of the certified support
 * @param result        the named result that produced it (e.g. "corner-certificate")
 * @param rows          product rows R' (ascending, 0-based)
 * @param cols          product columns C'
 * @param inner         per inner dimension of the chain, the indices kept: those on a path from R' to
 *                      C' (for a pair, the inner columns whose rank-one support meets R' x C')
 * @param pattern       the restricted masks, chain form
 * @param target        B, |R'| x |C'|
 * @param curve         the Laurent curve towards B
 * @param special       for a corner certificate: position of (i*, j*) inside the block, else null
 * @param multiplicity  for a corner certificate: mu, else 0
 * @param checks        how each part was verified (filled by {@link CertificateCheck})
 */
public record Certificate(String support, String result, int[] rows, int[] cols, List<int[]> inner,
        List<Mask> pattern, RationalMatrix target, LaurentCurve curve, int[] special, int multiplicity,
        Checks checks) {

    /** The outcome of the independent re-checks. */
    public record Checks(String curve, String unattainable) {}

    public Certificate withChecks(Checks c) {
        return new Certificate(support, result, rows, cols, inner, pattern, target, curve, special, multiplicity, c);
    }
}
