package org.supcert.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The header of a NumPy .npy array: magic {@code \x93NUMPY}, version 1.0 / 2.0 / 3.0, header length
 * (u16 for 1.0, u32 otherwise, little-endian), then a Python dict literal with exactly the keys
 * {@code descr}, {@code fortran_order}, {@code shape} (latin-1; UTF-8 for 3.0).
 */
final class NpyHeader {
    static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Set<Object> KEYS = Set.of("descr", "fortran_order", "shape");

    final String descr;
    final DType type; // null when unsupported
    final ByteOrder order;
    final boolean fortran;
    final long[] shape;
    /** Offset of the first data byte from the start of the array. */
    final long dataOffset;

    private NpyHeader(String descr, DType type, ByteOrder order, boolean fortran, long[] shape, long dataOffset) {
        this.descr = descr;
        this.type = type;
        this.order = order;
        this.fortran = fortran;
        this.shape = shape;
        this.dataOffset = dataOffset;
    }

    /** The dtype as reported by {@link TensorInfo#dtype()}. */
    String dtypeName() {
        return type != null ? type.name() : descr;
    }

    /**
     * Reads a header from the start of a stream of {@code available} bytes.
     *
     * @throws FormatException naming {@code file} and {@code tensor} on any malformation
     */
    static NpyHeader read(InputStream in, long available, Path file, String tensor) throws IOException {
        byte[] pre = in.readNBytes(8);
        if (pre.length < 8 || !startsWithMagic(pre)) {
            throw new FormatException(file, tensor, "not a .npy array (the magic \\x93NUMPY is missing)");
        }
        int major = pre[6] & 0xff;
        int minor = pre[7] & 0xff;
        if ((major != 1 && major != 2 && major != 3) || minor != 0) {
            throw new FormatException(file, tensor, "unsupported .npy format version " + major + "." + minor
                    + " (known: 1.0, 2.0, 3.0)");
        }
        int lenBytes = major == 1 ? 2 : 4;
        byte[] len = in.readNBytes(lenBytes);
        if (len.length < lenBytes) throw new FormatException(file, tensor, ".npy header is truncated");
        long hlen = (len[0] & 0xff) | (len[1] & 0xff) << 8;
        if (lenBytes == 4) hlen |= (long) (len[2] & 0xff) << 16 | (long) (len[3] & 0xff) << 24;
        long dataOffset = 8 + lenBytes + hlen;
        if (hlen > IoLimits.MAX_NPY_HEADER_BYTES) {
            throw new FormatException(file, tensor, ".npy header length " + hlen + " exceeds the limit of "
                    + IoLimits.MAX_NPY_HEADER_BYTES + " bytes");
        }
        if (dataOffset > available) {
            throw new FormatException(file, tensor, ".npy header length " + hlen + " runs past the end of the "
                    + available + "-byte array");
        }
        byte[] text = in.readNBytes((int) hlen);
        if (text.length < hlen) throw new FormatException(file, tensor, ".npy header is truncated");
        String dict = new String(text, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        return parseDict(dict, dataOffset, file, tensor);
    }

    static boolean startsWithMagic(byte[] b) {
        if (b.length < MAGIC.length) return false;
        for (int k = 0; k < MAGIC.length; k++) if (b[k] != MAGIC[k]) return false;
        return true;
    }

    private static NpyHeader parseDict(String dict, long dataOffset, Path file, String tensor) {
        Object parsed;
        try {
            parsed = PyLiteral.parse(dict);
        } catch (IllegalArgumentException e) {
            throw new FormatException(file, tensor, "malformed .npy header: " + e.getMessage());
        }
        if (!(parsed instanceof Map)) throw new FormatException(file, tensor, "malformed .npy header: not a dict");
        Map<?, ?> m = (Map<?, ?>) parsed;
        if (!m.keySet().equals(KEYS)) {
            throw new FormatException(file, tensor, "malformed .npy header: keys " + m.keySet()
                    + ", expected descr, fortran_order, shape");
        }
        if (!(m.get("descr") instanceof String)) {
            throw new FormatException(file, tensor, "unsupported dtype " + m.get("descr")
                    + " (structured arrays are not matrices)");
        }
        if (!(m.get("fortran_order") instanceof Boolean)) {
            throw new FormatException(file, tensor, "malformed .npy header: fortran_order is "
                    + m.get("fortran_order") + ", not True or False");
        }
        if (!(m.get("shape") instanceof List)) {
            throw new FormatException(file, tensor, "malformed .npy header: shape is " + m.get("shape")
                    + ", not a tuple");
        }
        List<?> dims = (List<?>) m.get("shape");
        if (dims.size() > IoLimits.MAX_NDIM) {
            throw new FormatException(file, tensor, "shape has " + dims.size() + " dimensions, more than "
                    + IoLimits.MAX_NDIM);
        }
        long[] shape = new long[dims.size()];
        for (int k = 0; k < shape.length; k++) {
            Object d = dims.get(k);
            if (!(d instanceof Long) || (Long) d < 0) {
                throw new FormatException(file, tensor, "malformed .npy header: shape entry " + d
                        + " is not a non-negative integer");
            }
            shape[k] = (Long) d;
        }
        String descr = (String) m.get("descr");
        ByteOrder order = ByteOrder.LITTLE_ENDIAN;
        String code = descr;
        if (!descr.isEmpty() && "<>|=".indexOf(descr.charAt(0)) >= 0) {
            char bo = descr.charAt(0);
            if (bo == '>') order = ByteOrder.BIG_ENDIAN;
            else if (bo == '=') order = ByteOrder.nativeOrder();
            code = descr.substring(1);
        }
        return new NpyHeader(descr, DType.ofNumpy(code), order, (Boolean) m.get("fortran_order"), shape, dataOffset);
    }

    /** Checks that the data after the header hold exactly the elements of the shape. */
    void checkDataLength(long dataBytes, Path file, String tensor) {
        if (type == null) return; // reported when the tensor is read
        long need = TensorInfo.multiplySaturated(new TensorInfo("", "", shape, true).elementCount(), type.size());
        if (need != dataBytes) {
            throw new FormatException(file, tensor, "shape " + new TensorInfo("", "", shape, true).shapeString()
                    + " of " + type + " needs " + need + " data bytes, " + dataBytes + " follow the header"
                    + (need > dataBytes ? " (truncated file?)" : ""));
        }
    }
}
