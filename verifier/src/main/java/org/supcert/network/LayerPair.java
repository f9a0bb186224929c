package org.supcert.network;

import org.supcert.verifier.Verdict;

/**
 * The linear set of two consecutive layers, {@code upper} applied after {@code lower}: the support pair
 * [M_upper, M_lower] in product order (docs/theory.md#section-1), and its closedness verdict.
 *
 * @param lower   the layer nearer the input
 * @param upper   the layer after it
 * @param verdict the verifier's verdict on P of the pair
 */
public record LayerPair(String lower, String upper, Verdict verdict) {}
