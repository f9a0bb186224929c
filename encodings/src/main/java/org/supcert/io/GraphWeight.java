package org.supcert.io;

/**
 * A weight as a model's own graph uses it (ONNX {@code MatMul}/{@code Gemm}): the order and the
 * orientation come from the graph, not from names or shapes.
 *
 * @param tensor  the initializer read for the layer's mask (for a pruned weight, its {@code _mask})
 * @param inByOut true when the stored tensor is in x out (MatMul's B, Gemm's B with transB = 0)
 * @param node    the operator and node name, for messages ("Gemm /fc1/Gemm")
 */
public record GraphWeight(String tensor, boolean inByOut, String node) {}
