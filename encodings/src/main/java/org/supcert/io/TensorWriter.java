package org.supcert.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.supcert.support.Mask;

/**
 * Writes matrices and masks in the formats the readers read, so that factors can be saved and models
 * for tests built from Java: collect named tensors with {@code put}, then write them as .npy (one
 * tensor), .npz (deflated, C order, little-endian, format 1.0) or safetensors (header sorted as
 * written, space padded to 8 bytes). Masks are written as 0/1 in the dtype given (BOOL, U8, or the
 * weight's float dtype as PyTorch pruning does). Everything is 2-D, C order.
 */
public final class TensorWriter {
    private static final class Item {
        final int rows;
        final int cols;
        final DType type;
        final double[] re;
        final double[] im;
        final Mask mask;

        Item(int rows, int cols, DType type, double[] re, double[] im, Mask mask) {
            this.rows = rows;
            this.cols = cols;
            this.type = type;
            this.re = re;
            this.im = im;
            this.mask = mask;
        }

        long bytes() { return (long) rows * cols * type.size(); }

        void encode(ByteBuffer b, int i) {
            if (mask != null) {
                int[] row = mask.row(i);
                int p = 0;
                for (int j = 0; j < cols; j++) {
                    boolean on = p < row.length && row[p] == j;
                    if (on) p++;
                    ElementEncoder.put(b, type, on ? 1 : 0, 0);
                }
                return;
            }
            for (int j = 0; j < cols; j++) {
                int k = i * cols + j;
                ElementEncoder.put(b, type, re[k], im == null ? 0 : im[k]);
            }
        }
    }

    private final Map<String, Item> items = new LinkedHashMap<>();

    /** A real matrix stored as {@code type} (any real {@link DType}; integer types need integral values). */
    public TensorWriter put(String name, DenseMatrix m, DType type) {
        if (type.isComplex()) throw new IllegalArgumentException(name + ": " + type + " is complex; put a ComplexMatrix");
        return add(name, new Item(m.rows(), m.cols(), type, m.data(), null, null));
    }

    /** A complex matrix stored as C64 or C128 (npy/npz only: safetensors has no complex dtype). */
    public TensorWriter put(String name, ComplexMatrix m, DType type) {
        if (!type.isComplex()) throw new IllegalArgumentException(name + ": " + type + " is not complex");
        return add(name, new Item(m.rows(), m.cols(), type, m.re(), m.im(), null));
    }

    /** A mask stored as 0/1 of {@code type} (BOOL, U8, or a float dtype for PyTorch pruning masks). */
    public TensorWriter put(String name, Mask m, DType type) {
        if (type.isComplex()) throw new IllegalArgumentException(name + ": masks are not complex");
        return add(name, new Item(m.rows(), m.cols(), type, null, null, m));
    }

    private TensorWriter add(String name, Item item) {
        if (name == null || name.isEmpty()) throw new IllegalArgumentException("tensor name is empty");
        if (items.putIfAbsent(name, item) != null) throw new IllegalArgumentException("tensor '" + name + "' put twice");
        return this;
    }

    /** Writes the only tensor as a .npy file. */
    public void writeNpy(Path file) {
        if (items.size() != 1) throw new IllegalArgumentException(file + ": .npy holds one tensor, " + items.size() + " were put");
        checkNumpyTypes(file);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            writeNpy(out, items.values().iterator().next());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Writes every tensor as a member {@code name.npy} of a deflated .npz archive (Zip64 as needed). */
    public void writeNpz(Path file) {
        checkNumpyTypes(file);
        try (ZipOutputStream z = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            for (Map.Entry<String, Item> e : items.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey() + ".npy"));
                writeNpy(z, e.getValue());
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Writes every tensor to one safetensors file, with optional string metadata. */
    public void writeSafetensors(Path file, Map<String, String> metadata) {
        StringBuilder h = new StringBuilder("{");
        List<String> fields = new ArrayList<>();
        if (metadata != null && !metadata.isEmpty()) {
            StringBuilder m = new StringBuilder("\"" + SafetensorsFormat.METADATA + "\":{");
            int k = 0;
            for (Map.Entry<String, String> e : metadata.entrySet()) {
                m.append(k++ == 0 ? "" : ",").append(quote(e.getKey())).append(':').append(quote(e.getValue()));
            }
            fields.add(m.append('}').toString());
        }
        long off = 0;
        for (Map.Entry<String, Item> e : items.entrySet()) {
            Item it = e.getValue();
            if (it.type.isComplex()) {
                throw new IllegalArgumentException(file + ": tensor '" + e.getKey() + "': safetensors has no complex dtype");
            }
            fields.add(quote(e.getKey()) + ":{\"dtype\":\"" + it.type.name() + "\",\"shape\":[" + it.rows + "," + it.cols
                    + "],\"data_offsets\":[" + off + "," + (off + it.bytes()) + "]}");
            off += it.bytes();
        }
        h.append(String.join(",", fields)).append('}');
        int bytes = h.toString().getBytes(StandardCharsets.UTF_8).length;
        h.append(" ".repeat((8 - bytes % 8) % 8));
        byte[] header = h.toString().getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(header.length).array());
            out.write(header);
            for (Item it : items.values()) writeData(out, it);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Writes a mask as a MatrixMarket {@code coordinate pattern general} file. */
    public static void writeMatrixMarket(Path file, Mask mask) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            StringBuilder sb = new StringBuilder(MatrixMarketHeader.BANNER + " matrix coordinate pattern general\n");
            sb.append(mask.rows()).append(' ').append(mask.cols()).append(' ').append(mask.nonZeros()).append('\n');
            out.write(sb.toString().getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < mask.rows(); i++) {
                sb.setLength(0);
                for (int j : mask.row(i)) sb.append(i + 1).append(' ').append(j + 1).append('\n');
                out.write(sb.toString().getBytes(StandardCharsets.US_ASCII));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    private void checkNumpyTypes(Path file) {
        for (Map.Entry<String, Item> e : items.entrySet()) {
            if (e.getValue().type == DType.BF16) {
                throw new IllegalArgumentException(file + ": tensor '" + e.getKey() + "': NumPy has no bfloat16 dtype");
            }
        }
    }

    private static void writeNpy(OutputStream out, Item it) throws IOException {
        String dict = "{'descr': '" + npyDescr(it.type) + "', 'fortran_order': False, 'shape': (" + it.rows + ", "
                + it.cols + "), }";
        int total = 10 + dict.length() + 1;
        String header = dict + " ".repeat((64 - total % 64) % 64) + "\n";
        byte[] h = header.getBytes(StandardCharsets.ISO_8859_1);
        out.write(NpyHeader.MAGIC);
        out.write(new byte[] {1, 0, (byte) (h.length & 0xff), (byte) (h.length >>> 8)});
        out.write(h);
        writeData(out, it);
    }

    private static String npyDescr(DType t) {
        switch (t) {
            case BOOL: return "|b1";
            case I8: return "|i1";
            case U8: return "|u1";
            case C64: return "<c8";
            case C128: return "<c16";
            default: return "<" + t.name().toLowerCase(Locale.ROOT).charAt(0) + t.size();
        }
    }

    private static void writeData(OutputStream out, Item it) throws IOException {
        ByteBuffer row = ByteBuffer.allocate(it.cols * it.type.size()).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < it.rows; i++) {
            row.clear();
            it.encode(row, i);
            out.write(row.array(), 0, row.position());
        }
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') sb.append('\\').append(c);
            else if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
            else sb.append(c);
        }
        return sb.append('"').toString();
    }
}
