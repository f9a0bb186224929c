package org.supcert.io;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.WireFormat;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Opens an ONNX model: its graph's {@code initializer}s are the tensors, and its {@code MatMul} and
 * {@code Gemm} nodes give the order and orientation of the weights ({@link GraphWeight}).
 *
 * <p>The protobuf wire format is read with protobuf-java's {@link CodedInputStream} by field number
 * (onnx.proto3: ModelProto.graph = 7; GraphProto.node = 1, initializer = 5; NodeProto.input = 1,
 * op_type = 4, attribute = 5; TensorProto.dims = 1, data_type = 2, name = 8, raw_data = 9,
 * external_data = 13, data_location = 14, typed data 4/5/7/10/11). Generated classes would need
 * {@code protoc} at build time (a native binary, not a Maven Central jar on every platform) and would
 * copy every {@code raw_data} onto the heap; reading by field number lets {@code raw_data} stay in the
 * memory-mapped file, where only its offset is recorded. External data ({@code data_location =
 * EXTERNAL}) is mapped from its file, which must lie in the model's folder.
 */
final class OnnxFormat {
    /** Typed (not raw_data) tensor contents copied onto the heap, in all: exporters use raw_data. */
    static final long MAX_TYPED_BYTES = 1L << 28;
    /** Nodes plus initializers of one graph: far above real models (GPT-2 has a few thousand). */
    static final int MAX_GRAPH_ENTRIES = 1 << 22;

    private OnnxFormat() {}

    /** ONNX TensorProto.DataType codes and our element types (null: not decoded). */
    static DType type(int code) {
        return switch (code) {
            case 1 -> DType.F32;
            case 2 -> DType.U8;
            case 3 -> DType.I8;
            case 4 -> DType.U16;
            case 5 -> DType.I16;
            case 6 -> DType.I32;
            case 7 -> DType.I64;
            case 9 -> DType.BOOL;
            case 10 -> DType.F16;
            case 11 -> DType.F64;
            case 12 -> DType.U32;
            case 13 -> DType.U64;
            case 14 -> DType.C64;
            case 15 -> DType.C128;
            case 16 -> DType.BF16;
            case 17 -> DType.F8_E4M3;
            case 19 -> DType.F8_E5M2;
            default -> null;
        };
    }

    private static final class Tensor {
        String name = "";
        final List<Long> dims = new ArrayList<>();
        int dataType;
        long rawOffset = -1;
        long rawLength;
        ByteArrayOutputStream typed; // little-endian elements of the typed fields
        long typedCount;
        final Map<String, String> external = new HashMap<>();
        int location;
    }

    private static final class Node {
        final List<String> inputs = new ArrayList<>();
        final List<String> outputs = new ArrayList<>();
        String op = "";
        String name = "";
        long transB;
        final List<Long> perm = new ArrayList<>();
    }

    static StoredTensors open(Path file) throws IOException {
        FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
        List<Closeable> resources = new ArrayList<>();
        resources.add(ch);
        try {
            long size = ch.size();
            if (size > IoLimits.MAX_ONNX_BYTES) {
                throw new FormatException(file, "ONNX file of " + size + " bytes exceeds protobuf's 2 GiB limit");
            }
            ByteBuffer buf = ch.map(FileChannel.MapMode.READ_ONLY, 0, size);
            CodedInputStream in = CodedInputStream.newInstance(buf);
            in.setSizeLimit(Integer.MAX_VALUE);
            Map<String, Tensor> inits = new LinkedHashMap<>();
            List<Node> nodes = new ArrayList<>();
            long[] typedBytes = {0};
            boolean graph = false;
            try {
                while (true) {
                    int tag = in.readTag();
                    if (tag == 0) break;
                    if (WireFormat.getTagFieldNumber(tag) == 7 && wire(tag) == WireFormat.WIRETYPE_LENGTH_DELIMITED) {
                        graph = true;
                        int limit = in.pushLimit(in.readRawVarint32());
                        readGraph(file, in, inits, nodes, typedBytes);
                        in.popLimit(limit);
                    } else if (!in.skipField(tag)) {
                        break;
                    }
                }
            } catch (InvalidProtocolBufferException e) {
                throw new FormatException(file, "not a valid ONNX (protobuf) file: " + e.getMessage());
            }
            if (!graph) throw new FormatException(file, "ONNX model without a graph");
            List<StoredTensor> tensors = new ArrayList<>();
            Map<Path, FileChannel> externals = new HashMap<>();
            for (Tensor t : inits.values()) tensors.add(stored(file, ch, t, externals, resources));
            return new StoredTensors(file, tensors, resources, weights(nodes, inits));
        } catch (IOException | RuntimeException e) {
            for (Closeable c : resources) c.close();
            throw e;
        }
    }

    private static int wire(int tag) {
        return WireFormat.getTagWireType(tag);
    }

    private static void readGraph(Path file, CodedInputStream in, Map<String, Tensor> inits, List<Node> nodes,
            long[] typedBytes) throws IOException {
        while (!in.isAtEnd()) {
            int tag = in.readTag();
            int field = WireFormat.getTagFieldNumber(tag);
            if ((field == 1 || field == 5) && wire(tag) == WireFormat.WIRETYPE_LENGTH_DELIMITED) {
                if (nodes.size() + inits.size() >= MAX_GRAPH_ENTRIES) {
                    throw new FormatException(file, "graph of more than " + MAX_GRAPH_ENTRIES + " nodes and initializers");
                }
                int limit = in.pushLimit(in.readRawVarint32());
                if (field == 1) {
                    nodes.add(readNode(in));
                } else {
                    Tensor t = readTensor(file, in, typedBytes);
                    if (inits.put(t.name, t) != null) {
                        throw new FormatException(file, t.name, "two initializers have this name");
                    }
                }
                in.popLimit(limit);
            } else {
                in.skipField(tag);
            }
        }
    }

    private static Node readNode(CodedInputStream in) throws IOException {
        Node n = new Node();
        while (!in.isAtEnd()) {
            int tag = in.readTag();
            switch (WireFormat.getTagFieldNumber(tag)) {
                case 1 -> n.inputs.add(in.readStringRequireUtf8());
                case 2 -> n.outputs.add(in.readStringRequireUtf8());
                case 3 -> n.name = in.readStringRequireUtf8();
                case 4 -> n.op = in.readStringRequireUtf8();
                case 5 -> {
                    int limit = in.pushLimit(in.readRawVarint32());
                    readAttribute(in, n);
                    in.popLimit(limit);
                }
                default -> in.skipField(tag);
            }
        }
        return n;
    }

    /** AttributeProto: name = 1, i = 3, ints = 8; only Gemm's transB and Transpose's perm matter. */
    private static void readAttribute(CodedInputStream in, Node n) throws IOException {
        String name = "";
        long i = 0;
        List<Long> ints = new ArrayList<>();
        while (!in.isAtEnd()) {
            int tag = in.readTag();
            int field = WireFormat.getTagFieldNumber(tag);
            if (field == 1) name = in.readStringRequireUtf8();
            else if (field == 3) i = in.readInt64();
            else if (field == 8 && wire(tag) == WireFormat.WIRETYPE_LENGTH_DELIMITED) {
                int limit = in.pushLimit(in.readRawVarint32());
                while (!in.isAtEnd()) ints.add(in.readInt64());
                in.popLimit(limit);
            } else if (field == 8) ints.add(in.readInt64());
            else in.skipField(tag);
        }
        if (name.equals("transB")) n.transB = i;
        if (name.equals("perm")) n.perm.addAll(ints);
    }

    private static Tensor readTensor(Path file, CodedInputStream in, long[] typedBytes) throws IOException {
        Tensor t = new Tensor();
        while (!in.isAtEnd()) {
            int tag = in.readTag();
            int field = WireFormat.getTagFieldNumber(tag);
            boolean packed = wire(tag) == WireFormat.WIRETYPE_LENGTH_DELIMITED;
            switch (field) {
                case 1 -> repeated(in, packed, () -> {
                    long d = in.readInt64();
                    if (t.dims.size() >= IoLimits.MAX_NDIM) throw new FormatException(file, t.name, "more than " + IoLimits.MAX_NDIM + " dims");
                    if (d < 0) throw new FormatException(file, t.name, "negative dimension " + d);
                    t.dims.add(d);
                });
                case 2 -> t.dataType = in.readInt32();
                case 8 -> t.name = in.readStringRequireUtf8();
                case 9 -> {
                    t.rawLength = in.readRawVarint32() & 0xffffffffL;
                    t.rawOffset = in.getTotalBytesRead();
                    in.skipRawBytes((int) t.rawLength);
                }
                case 13 -> {
                    int limit = in.pushLimit(in.readRawVarint32());
                    String k = "";
                    String v = "";
                    while (!in.isAtEnd()) {
                        int tg = in.readTag();
                        if (WireFormat.getTagFieldNumber(tg) == 1) k = in.readStringRequireUtf8();
                        else if (WireFormat.getTagFieldNumber(tg) == 2) v = in.readStringRequireUtf8();
                        else in.skipField(tg);
                    }
                    t.external.put(k, v);
                    in.popLimit(limit);
                }
                case 14 -> t.location = in.readEnum();
                case 4 -> repeated(in, packed, () -> typed(file, t, typedBytes, Float.floatToRawIntBits(in.readFloat()), 4));
                case 5 -> repeated(in, packed, () -> typed(file, t, typedBytes, in.readInt32(), -1));
                case 7 -> repeated(in, packed, () -> typed(file, t, typedBytes, in.readInt64(), 8));
                case 10 -> repeated(in, packed, () -> typed(file, t, typedBytes, Double.doubleToRawLongBits(in.readDouble()), 8));
                case 11 -> repeated(in, packed, () -> typed(file, t, typedBytes, in.readUInt64(), -1));
                default -> in.skipField(tag);
            }
        }
        return t;
    }

    private interface Read {
        void run() throws IOException;
    }

    private static void repeated(CodedInputStream in, boolean packed, Read one) throws IOException {
        if (!packed) {
            one.run();
            return;
        }
        int limit = in.pushLimit(in.readRawVarint32());
        while (!in.isAtEnd()) one.run();
        in.popLimit(limit);
    }

    /**
     * One element of a typed field, appended little-endian in {@code width} bytes; -1 means the width
     * of the tensor's own type (int32_data holds int8 ... float16 bit patterns, uint64_data uint32/64).
     */
    private static void typed(Path file, Tensor t, long[] total, long value, int width) {
        DType d = type(t.dataType);
        int w = width > 0 ? width : (d == null ? 8 : d.isComplex() ? d.size() / 2 : d.size());
        total[0] += w;
        if (total[0] > MAX_TYPED_BYTES) {
            throw new FormatException(file, t.name, "typed data fields exceed " + MAX_TYPED_BYTES
                    + " bytes; export the model with raw_data (the default of torch.onnx and onnx.numpy_helper)");
        }
        if (t.typed == null) t.typed = new ByteArrayOutputStream();
        for (int b = 0; b < w; b++) t.typed.write((int) (value >>> (8 * b)));
        t.typedCount++;
    }

    private static StoredTensor stored(Path file, FileChannel ch, Tensor t, Map<Path, FileChannel> externals,
            List<Closeable> resources) throws IOException {
        long[] shape = t.dims.stream().mapToLong(Long::longValue).toArray();
        DType d = type(t.dataType);
        String dtypeName = d != null ? d.name() : "ONNX data type " + t.dataType;
        TensorInfo info = new TensorInfo(t.name, dtypeName, shape, d != null);
        if (d == null) return new StoredTensor(file, info, null, ByteOrder.LITTLE_ENDIAN, false, null);
        long need = TensorInfo.multiplySaturated(info.elementCount(), d.size());
        ByteRegion region;
        if (t.location == 1) {
            region = external(file, t, need, externals, resources);
        } else if (t.rawOffset >= 0) {
            if (t.rawLength != need) {
                throw new FormatException(file, t.name, "raw_data of " + t.rawLength + " bytes, but shape "
                        + info.shapeString() + " of " + d + " needs " + need);
            }
            region = ByteRegion.mapped(ch, t.rawOffset, t.rawLength);
        } else {
            byte[] b = t.typed == null ? new byte[0] : t.typed.toByteArray();
            if (b.length != need) {
                throw new FormatException(file, t.name, "typed data of " + t.typedCount + " values, but shape "
                        + info.shapeString() + " of " + d + " needs " + info.elementCount() + (d.isComplex() ? " pairs" : ""));
            }
            region = heap(b);
        }
        return new StoredTensor(file, info, d, ByteOrder.LITTLE_ENDIAN, false, region);
    }

    private static ByteRegion external(Path file, Tensor t, long need, Map<Path, FileChannel> externals,
            List<Closeable> resources) throws IOException {
        String location = t.external.get("location");
        if (location == null) throw new FormatException(file, t.name, "external data without a location");
        Path dir = file.toAbsolutePath().getParent().normalize();
        Path data = dir.resolve(location).normalize();
        if (!data.startsWith(dir) || data.equals(dir)) {
            throw new FormatException(file, t.name, "external data '" + location + "' lies outside " + dir);
        }
        if (!Files.isRegularFile(data)) throw new FormatException(file, t.name, "external data file '" + location + "' does not exist");
        long offset = number(file, t, "offset", 0);
        long length = number(file, t, "length", need);
        if (length != need) {
            throw new FormatException(file, t.name, "external data length " + length + " is not the " + need + " bytes of its shape");
        }
        FileChannel ch = externals.get(data);
        if (ch == null) {
            ch = FileChannel.open(data, StandardOpenOption.READ);
            resources.add(ch);
            externals.put(data, ch);
        }
        if (offset > ch.size() || length > ch.size() - offset) {
            throw new FormatException(file, t.name, "external data [" + offset + ", " + (offset + length) + ") runs past the end of '"
                    + location + "' (" + ch.size() + " bytes)");
        }
        return ByteRegion.mapped(ch, offset, length);
    }

    private static long number(Path file, Tensor t, String key, long absent) {
        String v = t.external.get(key);
        if (v == null) return absent;
        try {
            long n = Long.parseLong(v.trim());
            if (n < 0) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new FormatException(file, t.name, "external data " + key + " '" + v + "' is not a non-negative integer");
        }
    }

    private static ByteRegion heap(byte[] b) {
        return new ByteRegion() {
            @Override
            public long length() { return b.length; }

            @Override
            public void forEachChunk(int align, ChunkConsumer consumer) throws IOException {
                consumer.accept(ByteBuffer.wrap(b));
            }
        };
    }

    /**
     * The weights of MatMul (B is in x out) and Gemm (B is out x in when transB = 1) nodes in graph
     * order (ONNX requires nodes to be topologically sorted), when B is an initializer of two
     * dimensions, possibly through a Transpose (which flips the orientation) or the Mul of a
     * {@code _orig}/{@code _mask} pair (the mask names the layer).
     */
    static List<GraphWeight> weights(List<Node> nodes, Map<String, Tensor> inits) {
        Map<String, Node> producer = new HashMap<>();
        for (Node n : nodes) for (String o : n.outputs) producer.put(o, n);
        List<GraphWeight> out = new ArrayList<>();
        for (Node n : nodes) {
            boolean gemm = n.op.equals("Gemm");
            if (!(gemm || n.op.equals("MatMul")) || n.inputs.size() < 2) continue;
            boolean inByOut = !(gemm && n.transB != 0);
            String b = n.inputs.get(1);
            Node p = producer.get(b);
            if (p != null && p.op.equals("Transpose") && p.inputs.size() == 1
                    && (p.perm.isEmpty() || p.perm.equals(List.of(1L, 0L)))) {
                inByOut = !inByOut;
                b = p.inputs.get(0);
                p = producer.get(b);
            }
            if (p != null && p.op.equals("Mul") && p.inputs.size() == 2) {
                String mask = p.inputs.stream().filter(s -> s.endsWith(ModelMasks.PRUNING_MASK)).findFirst().orElse(null);
                if (mask != null && inits.containsKey(mask)) b = mask;
            }
            Tensor w = inits.get(b);
            if (w == null || w.dims.size() != 2) continue;
            out.add(new GraphWeight(b, inByOut, n.op + (n.name.isEmpty() ? "" : " " + n.name)));
        }
        return out;
    }
}
