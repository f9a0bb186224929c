package org.supcert.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.function.Executable;

/** Writers of the binary formats, by hand, for tests (no Python here), and message assertions. */
final class TestFiles {
    private TestFiles() {}

    // ---------------------------------------------------------------- element encoding

    /** Encodes values in a NumPy type code ("f8", "i4", "f2", "c16" ...), complex as re, im pairs. */
    static byte[] encode(String code, ByteOrder order, double... values) {
        int size = Integer.parseInt(code.substring(1));
        boolean complex = code.charAt(0) == 'c';
        int count = complex ? values.length / 2 : values.length;
        ByteBuffer b = ByteBuffer.allocate(count * size).order(order);
        for (int k = 0; k < values.length; k++) {
            double v = values[k];
            switch (code) {
                case "b1": case "i1": case "u1": b.put((byte) (long) v); break;
                case "i2": case "u2": b.putShort((short) (long) v); break;
                case "i4": case "u4": b.putInt((int) (long) v); break;
                case "i8": b.putLong((long) v); break;
                case "u8": b.putLong(v >= 0x1p63 ? (long) (v - 0x1p63) ^ Long.MIN_VALUE : (long) v); break;
                case "f2": b.putShort(half((float) v)); break;
                case "f4": case "c8": b.putFloat((float) v); break;
                case "f8": case "c16": b.putDouble(v); break;
                default: throw new IllegalArgumentException(code);
            }
        }
        return b.array();
    }

    /** float to IEEE half, for values exactly representable as normal halves, zeros and infinities. */
    static short half(float f) {
        int bits = Float.floatToIntBits(f);
        int sign = (bits >>> 16) & 0x8000;
        if (Float.isNaN(f)) return (short) 0x7e00;
        if (Float.isInfinite(f)) return (short) (sign | 0x7c00);
        if (f == 0) return (short) sign;
        int exp = ((bits >>> 23) & 0xff) - 127 + 15;
        if (exp <= 0 || exp >= 31) throw new IllegalArgumentException("not a normal half: " + f);
        return (short) (sign | exp << 10 | (bits >>> 13) & 0x3ff);
    }

    static short bf16(float f) {
        return (short) (Float.floatToIntBits(f) >>> 16);
    }

    // ---------------------------------------------------------------- .npy

    /** A complete .npy image: header of the given version, padded to a multiple of 64 bytes. */
    static byte[] npy(int version, String descr, boolean fortran, String shape, byte[] data) {
        String dict = "{'descr': '" + descr + "', 'fortran_order': " + (fortran ? "True" : "False")
                + ", 'shape': " + shape + ", }";
        return npyRaw(version, dict, data);
    }

    /** A .npy image with any header text (for malformed headers). */
    static byte[] npyRaw(int version, String dict, byte[] data) {
        int lenBytes = version == 1 ? 2 : 4;
        int pre = 8 + lenBytes;
        int total = pre + dict.length() + 1;
        int pad = (64 - total % 64) % 64;
        String header = dict + " ".repeat(pad) + "\n";
        byte[] h = header.getBytes(version == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', (byte) version, 0});
        out.write(h.length & 0xff);
        out.write((h.length >>> 8) & 0xff);
        if (lenBytes == 4) {
            out.write((h.length >>> 16) & 0xff);
            out.write((h.length >>> 24) & 0xff);
        }
        out.writeBytes(h);
        out.writeBytes(data);
        return out.toByteArray();
    }

    /** Row-major values of a rows x cols matrix, transposed into column-major (Fortran) order. */
    static double[] columnMajor(int rows, int cols, double... rowMajor) {
        double[] out = new double[rowMajor.length];
        for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) out[j * rows + i] = rowMajor[i * cols + j];
        return out;
    }

    // ---------------------------------------------------------------- .npz

    /** Writes a zip of members (name -> bytes), stored or deflated. */
    static void zip(Path file, Map<String, byte[]> members, boolean stored) throws IOException {
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                ZipOutputStream z = new ZipOutputStream(os)) {
            for (Map.Entry<String, byte[]> m : members.entrySet()) {
                ZipEntry e = new ZipEntry(m.getKey());
                if (stored) {
                    e.setMethod(ZipEntry.STORED);
                    e.setSize(m.getValue().length);
                    CRC32 crc = new CRC32();
                    crc.update(m.getValue());
                    e.setCrc(crc.getValue());
                }
                z.putNextEntry(e);
                z.write(m.getValue());
                z.closeEntry();
            }
        }
    }

    // ---------------------------------------------------------------- safetensors

    /** One tensor for {@link #safetensors}: dtype, shape, raw little-endian bytes. */
    static final class St {
        final String dtype;
        final long[] shape;
        final byte[] data;

        St(String dtype, long[] shape, byte[] data) {
            this.dtype = dtype;
            this.shape = shape;
            this.data = data;
        }
    }

    static St st(String dtype, long[] shape, byte[] data) {
        return new St(dtype, shape, data);
    }

    static long[] shape(long... dims) {
        return dims;
    }

    /** Writes a valid safetensors file, tensors laid out in map order, header space padded to 8. */
    static void safetensors(Path file, Map<String, St> tensors, String metadataJson) throws IOException {
        StringBuilder h = new StringBuilder("{");
        if (metadataJson != null) h.append("\"__metadata__\":").append(metadataJson).append(',');
        long off = 0;
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        for (Map.Entry<String, St> e : tensors.entrySet()) {
            St t = e.getValue();
            StringBuilder sh = new StringBuilder("[");
            for (int k = 0; k < t.shape.length; k++) sh.append(k == 0 ? "" : ",").append(t.shape[k]);
            sh.append(']');
            h.append('"').append(e.getKey()).append("\":{\"dtype\":\"").append(t.dtype).append("\",\"shape\":")
                    .append(sh).append(",\"data_offsets\":[").append(off).append(',')
                    .append(off + t.data.length).append("]},");
            off += t.data.length;
            data.writeBytes(t.data);
        }
        if (h.charAt(h.length() - 1) == ',') h.setLength(h.length() - 1);
        h.append('}');
        safetensorsRaw(file, h.toString(), data.toByteArray());
    }

    /** Writes header text (space padded to a multiple of 8) and data bytes, with a correct length. */
    static void safetensorsRaw(Path file, String header, byte[] data) throws IOException {
        byte[] h = header.getBytes(StandardCharsets.UTF_8);
        int pad = (8 - h.length % 8) % 8;
        ByteBuffer len = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(h.length + pad);
        try (OutputStream os = Files.newOutputStream(file)) {
            os.write(len.array());
            os.write(h);
            os.write(" ".repeat(pad).getBytes(StandardCharsets.US_ASCII));
            os.write(data);
        }
    }

    static Map<String, St> tensors() {
        return new LinkedHashMap<>();
    }

    // ---------------------------------------------------------------- assertions

    /**
     * Asserts that running {@code body} throws a {@link FormatException} whose one-line message names
     * the file, the tensor (when given) and contains every fragment.
     */
    static FormatException assertFormatError(Path file, String tensor, Executable body, String... fragments) {
        FormatException e = assertThrows(FormatException.class, body);
        String m = e.getMessage();
        assertFalse(m.contains("\n"), "one line: " + m);
        assertTrue(m.startsWith(file.toString() + ": ") || m.contains(file.getFileName().toString()),
                "names the file " + file + ": " + m);
        if (tensor != null) {
            assertTrue(m.contains("'" + tensor + "'"), "names the tensor " + tensor + ": " + m);
            assertEquals(tensor, e.tensor(), m);
        }
        for (String f : fragments) assertTrue(m.contains(f), "mentions '" + f + "': " + m);
        return e;
    }
}
