package org.supcert.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Opens a safetensors file: u64 little-endian header length N, N bytes of UTF-8 JSON (trailing
 * spaces allowed) mapping names to {dtype, shape, data_offsets [begin, end)} relative to byte 8 + N,
 * optional {@code __metadata__} (string to string). The data buffer must be covered exactly:
 * offsets sorted by begin are contiguous from 0 to the end of the file, and each tensor's byte count
 * matches its shape. Tensors are memory-mapped on demand.
 */
final class SafetensorsFormat {
    static final String METADATA = "__metadata__";

    private SafetensorsFormat() {}

    private static final class Entry {
        final String name;
        final String dtype;
        final long[] shape;
        final long begin;
        final long end;

        Entry(String name, String dtype, long[] shape, long begin, long end) {
            this.name = name;
            this.dtype = dtype;
            this.shape = shape;
            this.begin = begin;
            this.end = end;
        }
    }

    static StoredTensors open(Path file) throws IOException {
        FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
        try {
            long size = ch.size();
            if (size < 8) {
                throw new FormatException(file, "file of " + size + " bytes is shorter than the 8-byte header length");
            }
            ByteBuffer lenBuf = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
            readFully(ch, lenBuf, 0);
            long n = lenBuf.getLong(0);
            if (n < 2 || n > IoLimits.MAX_SAFETENSORS_HEADER_BYTES) {
                throw new FormatException(file, "header length " + Long.toUnsignedString(n)
                        + " is absurd (limit " + IoLimits.MAX_SAFETENSORS_HEADER_BYTES + " bytes)");
            }
            if (8 + n > size) {
                throw new FormatException(file, "header length " + n + " runs past the end of the "
                        + size + "-byte file");
            }
            ByteBuffer header = ByteBuffer.allocate((int) n);
            readFully(ch, header, 8);
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(header.flip()).toString();
            } catch (CharacterCodingException e) {
                throw new FormatException(file, "header is not valid UTF-8");
            }
            List<Entry> entries = parseHeader(file, text);
            long dataStart = 8 + n;
            checkCoverage(file, entries, size - dataStart);
            List<StoredTensor> tensors = new ArrayList<>();
            for (Entry e : entries) {
                DType type = DType.ofSafetensors(e.dtype);
                tensors.add(new StoredTensor(file, new TensorInfo(e.name, e.dtype, e.shape, type != null), type,
                        ByteOrder.LITTLE_ENDIAN, false, ByteRegion.mapped(ch, dataStart + e.begin, e.end - e.begin)));
            }
            return new StoredTensors(file, tensors, List.of(ch));
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    private static void readFully(FileChannel ch, ByteBuffer buf, long pos) throws IOException {
        long p = pos;
        while (buf.hasRemaining()) {
            int r = ch.read(buf, p);
            if (r < 0) throw new IOException("unexpected end of file");
            p += r;
        }
    }

    private static List<Entry> parseHeader(Path file, String text) {
        if (!text.startsWith("{")) throw new FormatException(file, "header does not start with '{'");
        JsonNode root = StrictJson.parse(file, "header", text);
        if (root == null || !root.isObject()) throw new FormatException(file, "header is not a JSON object");
        List<Entry> entries = new ArrayList<>();
        for (Map.Entry<String, JsonNode> f : root.properties()) {
            String name = f.getKey();
            JsonNode v = f.getValue();
            if (name.equals(METADATA)) {
                checkMetadata(file, v);
                continue;
            }
            entries.add(entry(file, name, v));
        }
        return entries;
    }

    private static void checkMetadata(Path file, JsonNode v) {
        if (!v.isObject()) throw new FormatException(file, METADATA + " is not an object of strings");
        for (Map.Entry<String, JsonNode> f : v.properties()) {
            if (!f.getValue().isTextual()) {
                throw new FormatException(file, METADATA + " value of '" + f.getKey() + "' is not a string");
            }
        }
    }

    private static Entry entry(Path file, String name, JsonNode v) {
        if (!v.isObject()) throw new FormatException(file, name, "header entry is not an object");
        JsonNode dtype = v.get("dtype");
        if (dtype == null || !dtype.isTextual()) throw new FormatException(file, name, "dtype missing or not a string");
        JsonNode shapeNode = v.get("shape");
        if (shapeNode == null || !shapeNode.isArray()) throw new FormatException(file, name, "shape missing or not an array");
        if (shapeNode.size() > IoLimits.MAX_NDIM) {
            throw new FormatException(file, name, "shape has " + shapeNode.size() + " dimensions, more than "
                    + IoLimits.MAX_NDIM);
        }
        long[] shape = new long[shapeNode.size()];
        for (int k = 0; k < shape.length; k++) shape[k] = nonNegative(file, name, "shape", shapeNode.get(k));
        JsonNode off = v.get("data_offsets");
        if (off == null || !off.isArray() || off.size() != 2) {
            throw new FormatException(file, name, "data_offsets missing or not [begin, end]");
        }
        long begin = nonNegative(file, name, "data_offsets", off.get(0));
        long end = nonNegative(file, name, "data_offsets", off.get(1));
        if (end < begin) throw new FormatException(file, name, "data_offsets [" + begin + ", " + end + ") end before they begin");
        DType type = DType.ofSafetensors(dtype.asText());
        if (type != null) {
            TensorInfo probe = new TensorInfo(name, type.name(), shape, true);
            long need = TensorInfo.multiplySaturated(probe.elementCount(), type.size());
            if (need != end - begin) {
                throw new FormatException(file, name, "shape " + probe.shapeString() + " of " + type + " needs "
                        + need + " bytes but data_offsets [" + begin + ", " + end + ") hold " + (end - begin));
            }
        }
        return new Entry(name, dtype.asText(), shape, begin, end);
    }

    private static long nonNegative(Path file, String name, String field, JsonNode n) {
        if (n == null || !n.canConvertToExactIntegral() || !n.canConvertToLong() || n.asLong() < 0) {
            throw new FormatException(file, name, field + " entry " + n + " is not a non-negative integer");
        }
        return n.asLong();
    }

    private static void checkCoverage(Path file, List<Entry> entries, long dataLength) {
        for (Entry e : entries) {
            if (e.end > dataLength) {
                throw new FormatException(file, e.name, "data_offsets [" + e.begin + ", " + e.end
                        + ") run past the end of the " + dataLength + "-byte data buffer");
            }
        }
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingLong((Entry e) -> e.begin).thenComparingLong(e -> e.end));
        long expected = 0;
        Entry previous = null;
        for (Entry e : sorted) {
            if (e.begin < expected) {
                throw new FormatException(file, e.name, "data_offsets [" + e.begin + ", " + e.end
                        + ") overlap tensor '" + previous.name + "' [" + previous.begin + ", " + previous.end + ")");
            }
            if (e.begin > expected) {
                throw new FormatException(file, e.name, "data bytes [" + expected + ", " + e.begin
                        + ") before this tensor belong to no tensor");
            }
            expected = e.end;
            previous = e;
        }
        if (expected != dataLength) {
            throw new FormatException(file, (dataLength - expected) + " bytes after the last tensor belong to no tensor"
                    + " (data buffer " + dataLength + " bytes, tensors cover " + expected + ")");
        }
    }
}
