package org.supcert.certificate;

import java.util.List;
import org.supcert.exact.RationalMatrix;
import org.supcert.support.Mask;

/**
 * What every NOT CLOSED certificate holds (docs/theory.md#section-6): a restriction of the support,
 * a rational witness B on that block, and a Laurent curve in the restricted pattern towards B.
 *
 * @param rows     product rows R' (ascending, 0-based)
 * @param cols     product columns C'
 * @param inner    per inner dimension of the chain, the indices kept: those on a path from R' to C'
 *                 (for a pair, the inner columns whose rank-one support meets R' x C')
 * @param pattern  the restricted masks, chain form
 * @param target   B, |R'| x |C'|
 * @param curve    the Laurent curve towards B
 */
public record LaurentWitness(int[] rows, int[] cols, List<int[]> inner, List<Mask> pattern, RationalMatrix target,
        LaurentCurve curve) {}
