/**
 * File-format readers: NumPy {@code .npy} / {@code .npz}, safetensors (single files and sharded
 * {@code model.safetensors.index.json}), PyTorch zip checkpoints (single and sharded
 * {@code pytorch_model.bin.index.json}, read by a restricted unpickler that executes nothing), ONNX
 * (initializers, and the graph's MatMul/Gemm order and orientation as {@link org.supcert.io.GraphWeight}s),
 * and MatrixMarket, behind one {@link org.supcert.io.TensorSource}.
 *
 * <p>This package owns turning bytes on disk into the support model ({@link org.supcert.support.Mask})
 * and into dense targets ({@link org.supcert.io.DenseMatrix}, {@link org.supcert.io.ComplexMatrix},
 * plain row-major {@code double[]} so the numeric module can wrap them without copying). It also owns
 * the conventions of model files ({@link org.supcert.io.ModelMasks}: PyTorch pruning pairs,
 * compressed-tensors bitmasks, {@code module.} prefixes) and N:M structured sparsity detection
 * ({@link org.supcert.io.NmSparsity}). {@link org.supcert.io.TensorWriter} writes the same formats
 * (npy, npz, safetensors, MatrixMarket pattern) so factors can be saved and test models built in Java.
 * {@link org.supcert.io.StrictJson} is the one strict, bounded JSON reader of supcert, used by every
 * JSON input of every module (support files, certificates, layer lists, lock files, headers), and
 * {@link org.supcert.io.JsonWriters} the one writer configuration. {@link org.supcert.io.InputException}
 * is the one exception type for bad input, in every module: it carries the file, the location and
 * the exit code.
 *
 * <p>Conventions, the same for every format:
 * <ul>
 *   <li>A tensor is viewed as a matrix: 0-D is 1 x 1, a 1-D array of length n is <b>one row</b>
 *       (1 x n), 2-D is itself, and k-D (k &gt; 2, e.g. convolution weights) is
 *       {@code shape[0] x (shape[1] * ... * shape[k-1])}, the usual flattening of pruning work.</li>
 *   <li>Shapes are reported as stored. PyTorch's {@code Linear.weight} is out x in; callers that want
 *       in x out (the order in which data flows) call {@link org.supcert.support.Mask#transpose()}.
 *       GPT-2's {@code Conv1D} already stores in x out.</li>
 *   <li>The support of a tensor is the set of entries that are not zero: {@code -0.0} is zero, NaN and
 *       infinities are non-zero (a stored NaN occupies its slot; it is not a structural zero). A complex
 *       entry is non-zero when either part is.</li>
 *   <li>Dense targets must be finite: NaN or infinity in a tensor read with {@code dense}/{@code complex}
 *       is refused with the entry's position.</li>
 *   <li>Every problem with an input (missing file, truncated or lying header, unknown dtype, shape and
 *       data size that disagree, limits of {@link org.supcert.io.IoLimits} exceeded, a dense target
 *       larger than the free heap, a directory, device or FIFO given as a file) is a
 *       {@link org.supcert.io.FormatException} (an {@link org.supcert.io.InputException}) whose one-line
 *       message names the file, the tensor when there is one, and the problem.</li>
 *   <li>Tensor data are never loaded whole to build a mask: files are memory-mapped in windows, zip
 *       members streamed; only the mask (O(non-zeros)) lives on the heap.</li>
 * </ul>
 */
package org.supcert.io;
