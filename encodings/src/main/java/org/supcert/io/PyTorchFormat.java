package org.supcert.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Opens a PyTorch checkpoint written by {@code torch.save} (PyTorch 1.6 and later): a zip archive
 * {@code <prefix>/data.pkl} (the pickled state dict), {@code <prefix>/data/<key>} (one member per
 * storage, stored uncompressed) and {@code <prefix>/byteorder}. The pickle is read by
 * {@link RestrictedUnpickler}, which never runs anything; tensors are views (offset, shape, strides)
 * of storages that are memory-mapped straight from the zip (Commons Compress gives each member's data
 * offset, which {@code java.util.zip} hides). Nested dicts of tensors (e.g. {@code {"state_dict": ...}})
 * are flattened with dotted names; values that are not tensors (step counters, strings) are skipped.
 */
final class PyTorchFormat {
    static final String DATA_PKL = "data.pkl";
    /** Nesting of dicts in a checkpoint: a state dict is 1 deep, a training checkpoint 2 or 3. */
    static final int MAX_DICT_DEPTH = 16;
    private static final byte PICKLE_PROTO = (byte) 0x80;

    private PyTorchFormat() {}

    /** True for a zip with a {@code <prefix>/data.pkl} member (how unnamed files are recognised). */
    static boolean isTorchZip(Path file) {
        try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
            return findPickle(zip) != null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** A file that starts with a pickle: the pre-1.6 format, or a bare {@code pickle.dump}. */
    static FormatException legacy(Path file) {
        return new FormatException(file, "is a legacy PyTorch file (a bare pickle, written before PyTorch 1.6 or with "
                + "_use_new_zipfile_serialization=False), which supcert does not read: re-save it with a current "
                + "PyTorch as torch.save(model.state_dict(), path), or export safetensors");
    }

    static StoredTensors open(Path file, byte[] head) throws IOException {
        if (head.length > 0 && head[0] == PICKLE_PROTO) throw legacy(file);
        ZipFile zip;
        try {
            zip = ZipFile.builder().setPath(file).get();
        } catch (IOException e) {
            throw new FormatException(file, "not a readable PyTorch checkpoint (zip archive): " + e.getMessage());
        }
        FileChannel ch = null;
        try {
            ZipArchiveEntry pkl = findPickle(zip);
            if (pkl == null) {
                throw new FormatException(file, "zip archive without a <name>/" + DATA_PKL + " member: not a torch.save checkpoint");
            }
            String prefix = pkl.getName().substring(0, pkl.getName().length() - DATA_PKL.length());
            ByteOrder order = byteOrder(file, zip, prefix);
            Object root = RestrictedUnpickler.load(file, pkl.getName(), readSmall(file, zip, pkl, IoLimits.MAX_PICKLE_BYTES));
            if (!(root instanceof Map)) {
                throw new FormatException(file, pkl.getName() + " holds no dict of tensors (a state dict is one)");
            }
            ch = FileChannel.open(file, StandardOpenOption.READ);
            List<StoredTensor> tensors = new ArrayList<>();
            collect(file, zip, ch, prefix, order, (Map<?, ?>) root, "", 0, tensors);
            return new StoredTensors(file, tensors, List.<Closeable>of(ch, zip));
        } catch (IOException | RuntimeException e) {
            if (ch != null) ch.close();
            zip.close();
            throw e;
        }
    }

    private static ZipArchiveEntry findPickle(ZipFile zip) {
        ZipArchiveEntry found = null;
        for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
            String n = e.getName();
            if (n.endsWith("/" + DATA_PKL) && n.indexOf('/') == n.length() - DATA_PKL.length() - 1) {
                if (found != null) return null; // two checkpoints in one zip: not torch.save's layout
                found = e;
            }
        }
        return found;
    }

    private static ByteOrder byteOrder(Path file, ZipFile zip, String prefix) throws IOException {
        ZipArchiveEntry e = zip.getEntry(prefix + "byteorder");
        if (e == null) return ByteOrder.LITTLE_ENDIAN; // older writers: little-endian
        String s = new String(readSmall(file, zip, e, 16), StandardCharsets.US_ASCII).trim();
        if (s.equals("little")) return ByteOrder.LITTLE_ENDIAN;
        if (s.equals("big")) return ByteOrder.BIG_ENDIAN;
        throw new FormatException(file, prefix + "byteorder says '" + s + "', not little or big");
    }

    private static byte[] readSmall(Path file, ZipFile zip, ZipArchiveEntry e, long limit) throws IOException {
        if (e.getSize() > limit) {
            throw new FormatException(file, e.getName() + " of " + e.getSize() + " bytes exceeds the limit of " + limit);
        }
        try (InputStream in = zip.getInputStream(e)) {
            byte[] b = in.readNBytes((int) limit + 1);
            if (b.length > limit) throw new FormatException(file, e.getName() + " exceeds the limit of " + limit + " bytes");
            return b;
        }
    }

    private static void collect(Path file, ZipFile zip, FileChannel ch, String prefix, ByteOrder order, Map<?, ?> dict,
            String path, int depth, List<StoredTensor> out) throws IOException {
        if (depth >= MAX_DICT_DEPTH) throw new FormatException(file, "dicts nested more than " + MAX_DICT_DEPTH + " deep");
        for (Map.Entry<?, ?> e : dict.entrySet()) {
            String name = path + e.getKey();
            if (e.getValue() instanceof RestrictedUnpickler.TensorRef t) {
                out.add(tensor(file, zip, ch, prefix, order, name, t));
            } else if (e.getValue() instanceof Map<?, ?> inner) {
                collect(file, zip, ch, prefix, order, inner, name + ".", depth + 1, out);
            }
        }
    }

    private static StoredTensor tensor(Path file, ZipFile zip, FileChannel ch, String prefix, ByteOrder order, String name,
            RestrictedUnpickler.TensorRef t) throws IOException {
        RestrictedUnpickler.StorageRef s = t.storage();
        DType type = s.type();
        TensorInfo info = new TensorInfo(name, type.name(), t.shape(), true);
        String member = prefix + "data/" + s.key();
        ZipArchiveEntry e = zip.getEntry(member);
        if (e == null) throw new FormatException(file, name, "its storage " + member + " is missing from the archive");
        long storageBytes = TensorInfo.multiplySaturated(s.numel(), type.size());
        if (e.getSize() != storageBytes) {
            throw new FormatException(file, name, "storage " + member + " holds " + e.getSize() + " bytes, not the "
                    + storageBytes + " of " + s.numel() + " " + type + " elements its pickle announces");
        }
        if (e.getMethod() != ZipArchiveEntry.STORED) {
            throw new FormatException(file, name, "storage " + member + " is compressed; torch.save stores storages "
                    + "uncompressed so they can be mapped: re-save the file with torch.save");
        }
        long start = e.getDataOffset();
        if (start < 0 || start > ch.size() || storageBytes > ch.size() - start) {
            throw new FormatException(file, name, "storage " + member + " lies outside the file");
        }
        long count = info.elementCount();
        long extent = extent(t);
        if (count > 0 && (extent == Long.MAX_VALUE || extent >= s.numel())) {
            throw new FormatException(file, name, "view (offset " + t.offset() + ", shape " + info.shapeString()
                    + ", strides " + java.util.Arrays.toString(t.stride()) + ") reaches past its storage of " + s.numel()
                    + " elements");
        }
        long bytes = count * type.size();
        long base = start + t.offset() * type.size();
        if (count == 0 || contiguous(t.shape(), t.stride())) {
            return new StoredTensor(file, info, type, order, false, ByteRegion.mapped(ch, base, bytes));
        }
        long[] sh = t.shape();
        long[] st = t.stride();
        if (sh.length == 2 && (st[0] == 1 || sh[0] == 1) && (st[1] == sh[0] || sh[1] == 1)) { // a transposed matrix
            return new StoredTensor(file, info, type, order, true, ByteRegion.mapped(ch, base, bytes));
        }
        long span = (extent - t.offset() + 1) * type.size();
        if (span > Integer.MAX_VALUE) {
            throw new FormatException(file, name, "a non-contiguous view spanning " + span + " bytes of its storage is "
                    + "not supported (at most 2 GiB); save tensor.contiguous() instead");
        }
        return new StoredTensor(file, info, type, order, false, strided(ch, base, (int) span, type.size(), sh, st, bytes));
    }

    /** The largest storage index the view touches (Long.MAX_VALUE on overflow). */
    static long extent(RestrictedUnpickler.TensorRef t) {
        long max = t.offset();
        for (int k = 0; k < t.shape().length; k++) {
            if (t.shape()[k] == 0) return t.offset();
            long step = TensorInfo.multiplySaturated(t.shape()[k] - 1, t.stride()[k]);
            if (step == Long.MAX_VALUE || max > Long.MAX_VALUE - step) return Long.MAX_VALUE;
            max += step;
        }
        return max;
    }

    /** Row-major with no gaps (dimensions of size 1 may have any stride). */
    static boolean contiguous(long[] shape, long[] stride) {
        long expected = 1;
        for (int k = shape.length - 1; k >= 0; k--) {
            if (shape[k] != 1 && stride[k] != expected) return false;
            expected *= shape[k];
        }
        return true;
    }

    /** The elements of a strided view in row-major order, gathered from one mapped window. */
    private static ByteRegion strided(FileChannel ch, long base, int span, int size, long[] shape, long[] stride, long bytes) {
        return new ByteRegion() {
            @Override
            public long length() { return bytes; }

            @Override
            public void forEachChunk(int align, ChunkConsumer consumer) throws IOException {
                MappedByteBuffer src = ch.map(FileChannel.MapMode.READ_ONLY, base, span);
                ByteBuffer out = ByteBuffer.allocate(Math.max(size, (IoLimits.STREAM_CHUNK_BYTES / size) * size));
                long[] index = new long[shape.length];
                long count = bytes / size;
                for (long n = 0; n < count; n++) {
                    long at = 0;
                    for (int k = 0; k < shape.length; k++) at += index[k] * stride[k];
                    int p = (int) (at * size);
                    for (int b = 0; b < size; b++) out.put(src.get(p + b));
                    if (!out.hasRemaining()) {
                        consumer.accept(out.flip());
                        out.clear();
                    }
                    for (int k = shape.length - 1; k >= 0 && ++index[k] == shape[k]; k--) index[k] = 0;
                }
                if (out.position() > 0) consumer.accept(out.flip());
            }
        };
    }
}
