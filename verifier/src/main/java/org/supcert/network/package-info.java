/**
 * Verdicts for sparse networks (docs/theory.md#section-7): a network given by its layer masks, in the order
 * data flows, is turned into its linear sets (each consecutive pair of layers, and the whole chain
 * W_N ... W_1 in product order, docs/theory.md#section-1); the {@link org.supcert.verifier.Verifier} decides
 * each, and {@link org.supcert.network.NetworkCertifier} reads the network's verdict off them with the
 * theorem that applies: Theorem IV (two layers, output dimension 1: an optimum always exists),
 * Theorems V and VI (a linear set that is not closed: some data set has no optimum), or, when the set
 * is closed, only the necessary condition. {@link org.supcert.network.LayerOrder} works out the
 * order of layers from their names and shapes when the user does not give it.
 *
 * <p>This package owns the network reading of verdicts and the model-to-network step:
 * {@link org.supcert.network.ModelNetwork} turns a model file (through {@link org.supcert.io.TensorSource})
 * into {@link org.supcert.network.NetworkLayer}s in a known order and orientation, or stops on an
 * ambiguity (GPT-2 Conv1D recognition lives in {@code GptConv1d}); {@code certify}, {@code report}
 * and {@code ci} all use it; {@link org.supcert.network.NetworkInputs} also opens a support file as a
 * network and reads {@code --layers-file}. It proves nothing itself.
 */
package org.supcert.network;
