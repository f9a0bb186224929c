package org.supcert.io;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A {@link TensorSource} over binary tensors (npy, npz, safetensors, sharded safetensors). */
final class StoredTensors extends TensorSource {
    private final Path path;
    private final Map<String, StoredTensor> tensors;
    private final List<TensorInfo> infos;
    private final List<Closeable> resources;
    private final List<GraphWeight> graph;

    StoredTensors(Path path, List<StoredTensor> tensors, List<Closeable> resources) {
        this(path, tensors, resources, List.of());
    }

    /** With the weights of the file's own graph (ONNX), in graph order. */
    StoredTensors(Path path, List<StoredTensor> tensors, List<Closeable> resources, List<GraphWeight> graph) {
        this.graph = List.copyOf(graph);
        this.path = path;
        this.tensors = new LinkedHashMap<>();
        for (StoredTensor t : tensors) this.tensors.put(t.info.name(), t);
        List<TensorInfo> list = new ArrayList<>();
        for (StoredTensor t : tensors) list.add(t.info);
        this.infos = List.copyOf(list);
        this.resources = resources;
    }

    @Override
    public Path path() { return path; }

    @Override
    public List<TensorInfo> tensors() { return infos; }

    @Override
    public List<GraphWeight> graphWeights() { return graph; }

    @Override
    public boolean contains(String name) { return tensors.containsKey(name); }

    /** The stored tensor of that name, for sources assembled from other sources. */
    StoredTensor stored(String name) { return tensors.get(name); }

    private StoredTensor get(String name) {
        StoredTensor t = tensors.get(name);
        if (t == null) info(name); // throws with the list of names
        if (t.type == null) {
            throw new FormatException(t.file, name, "unsupported dtype " + t.info.dtype()
                    + " (supported: " + Arrays.toString(DType.values()) + ")");
        }
        return t;
    }

    @Override
    SupportScan scanSupport(String name) {
        StoredTensor t = get(name);
        SupportCollector c = new SupportCollector(t.file, name, MatrixLayout.forMask(t.file, t.info, t.fortran));
        decode(t, c);
        return c.result();
    }

    @Override
    public DenseMatrix dense(String name) {
        StoredTensor t = get(name);
        if (t.type.isComplex()) {
            throw new FormatException(t.file, name, "dtype " + t.type + " is complex; read it as a complex matrix");
        }
        MatrixLayout layout = MatrixLayout.forDense(t.file, t.info, t.fortran);
        DenseCollector c = new DenseCollector(t.file, name, layout, false);
        decode(t, c);
        return new DenseMatrix(layout.rows, layout.cols, c.re);
    }

    @Override
    public ComplexMatrix complex(String name) {
        StoredTensor t = get(name);
        MatrixLayout layout = MatrixLayout.forDense(t.file, t.info, t.fortran);
        DenseCollector c = new DenseCollector(t.file, name, layout, true);
        decode(t, c);
        return new ComplexMatrix(layout.rows, layout.cols, c.re, c.im);
    }

    @Override
    void scanEntries(String name, MatrixSink sink) {
        StoredTensor t = get(name);
        MatrixLayout layout = MatrixLayout.forMask(t.file, t.info, t.fortran);
        decode(t, (k, re, im) -> sink.accept(layout.row(k), layout.col(k), re, im));
    }

    private static void decode(StoredTensor t, ElementSink sink) {
        try {
            ElementDecoder.scan(t.region, t.type, t.order, sink);
        } catch (IOException e) {
            throw new FormatException(t.file, t.info.name(), "cannot read the data: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        for (Closeable c : resources) {
            try {
                c.close();
            } catch (IOException ignored) {
                // closing a read-only file: nothing to recover
            }
        }
    }
}
