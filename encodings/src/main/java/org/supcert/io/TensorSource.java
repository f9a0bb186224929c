package org.supcert.io;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.List;
import org.supcert.support.Mask;

/**
 * The tensors of one file (or one sharded model), listed from headers only and decoded on demand.
 * Implementations: .npy, .npz, .safetensors, sharded safetensors, MatrixMarket; see
 * {@link #open(Path)}. Not thread-safe; close it to release mapped files and zip handles.
 */
public abstract class TensorSource implements Closeable {

    TensorSource() {}

    /**
     * Opens a file by its extension: {@code .npy}, {@code .npz}, {@code .safetensors},
     * {@code *.index.json} (sharded safetensors or PyTorch), {@code .pt}/{@code .pth}/{@code .bin}
     * (PyTorch zip checkpoints), {@code .onnx}, {@code .mtx}/{@code .mm}; any other name by its
     * content (NumPy magic, zip signature, MatrixMarket banner, safetensors JSON). A directory is opened through its
     * {@code model.safetensors.index.json}, {@code model.safetensors}, {@code pytorch_model.bin.index.json}
     * or {@code pytorch_model.bin}.
     *
     * @throws FormatException when the file is missing, of an unknown kind or malformed
     */
    public static TensorSource open(Path file) {
        return Formats.open(file);
    }

    /** The file (or index, or directory) this source was opened from. */
    public abstract Path path();

    /** All tensors, in file order. */
    public abstract List<TensorInfo> tensors();

    /**
     * The weights in the order and orientation of the file's own graph (ONNX MatMul/Gemm nodes), or
     * an empty list when the format has no graph (safetensors, PyTorch state dicts, NumPy).
     */
    public List<GraphWeight> graphWeights() { return List.of(); }

    /** True when a tensor of that name exists. */
    public boolean contains(String name) {
        for (TensorInfo t : tensors()) if (t.name().equals(name)) return true;
        return false;
    }

    /** The tensor of that name. @throws FormatException naming the tensor when there is none */
    public TensorInfo info(String name) {
        for (TensorInfo t : tensors()) if (t.name().equals(name)) return t;
        StringBuilder known = new StringBuilder();
        List<TensorInfo> all = tensors();
        for (int k = 0; k < Math.min(all.size(), 8); k++) known.append(k == 0 ? "" : ", ").append(all.get(k).name());
        if (all.size() > 8) known.append(", ... (").append(all.size()).append(" in all)");
        throw new FormatException(path(), name, "no such tensor; the file holds: " + known);
    }

    /** The support (non-zero entries) of a tensor's matrix view; see the package conventions. */
    public Mask mask(String name) {
        return scanSupport(name).mask;
    }

    /** A real tensor as a dense row-major matrix; refuses complex tensors and non-finite entries. */
    public abstract DenseMatrix dense(String name);

    /** A tensor as a complex matrix (imaginary parts zero for real tensors); refuses non-finite entries. */
    public abstract ComplexMatrix complex(String name);

    /** Releases mapped files and open archives. Never throws. */
    @Override
    public abstract void close();

    /** The support of a tensor and whether it held only 0 and 1. */
    abstract SupportScan scanSupport(String name);

    /** Every stored entry of a tensor's matrix view (zeros included for stored arrays). */
    abstract void scanEntries(String name, MatrixSink sink);
}
