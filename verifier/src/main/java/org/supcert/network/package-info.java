/**
 * Verdicts for sparse networks (THEORY section 7): a network given by its layer masks, in the order
 * data flows, is turned into its linear sets (each consecutive pair of layers, and the whole chain
 * W_N ... W_1 in product order, THEORY section 1); the {@link org.supcert.verifier.Verifier} decides
 * each, and {@link org.supcert.network.NetworkCertifier} reads the network's verdict off them with the
 * theorem that applies: Theorem IV (two layers, output dimension 1: an optimum always exists),
 * Theorems V and VI (a linear set that is not closed: some data set has no optimum), or, when the set
 * is closed, only the necessary condition. {@link org.supcert.network.LayerOrder} works out the
 * order of layers from their names and shapes when the user does not give it.
 *
 * <p>This package owns the network reading of verdicts; it reads no files (the command line turns a
 * model file into {@link org.supcert.network.NetworkLayer}s) and proves nothing itself.
 */
package org.supcert.network;
