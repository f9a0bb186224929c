package org.supcert.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes safetensors byte by byte, including what TensorWriter will not write: 1-D tensors (biases),
 * unknown dtypes, and headers that lie (offsets past the end, absurd lengths), for bad-input tests.
 */
final class RawSafetensors {
    private final List<String> fields = new ArrayList<>();
    private final ByteArrayOutputStream data = new ByteArrayOutputStream();

    /** A float32 tensor of the given shape (little-endian). */
    RawSafetensors f32(String name, long[] shape, double... values) {
        ByteBuffer b = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (double v : values) b.putFloat((float) v);
        return raw(name, "F32", shape, b.array());
    }

    /** A tensor with the bytes given and offsets that match them. */
    RawSafetensors raw(String name, String dtype, long[] shape, byte[] bytes) {
        long begin = data.size();
        data.writeBytes(bytes);
        return field(name, dtype, shape, begin, data.size());
    }

    /** A header entry with the offsets given (they may lie). */
    RawSafetensors field(String name, String dtype, long[] shape, long begin, long end) {
        StringBuilder s = new StringBuilder("[");
        for (int k = 0; k < shape.length; k++) s.append(k == 0 ? "" : ",").append(shape[k]);
        fields.add("\"" + name + "\":{\"dtype\":\"" + dtype + "\",\"shape\":" + s + "],\"data_offsets\":[" + begin + ","
                + end + "]}");
        return this;
    }

    byte[] bytes() {
        byte[] header = ("{" + String.join(",", fields) + "}").getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = ByteBuffer.allocate(8 + header.length + data.size()).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(header.length).put(header).put(data.toByteArray());
        return b.array();
    }

    Path write(Path file) throws IOException {
        return Files.write(file, bytes());
    }

    static long[] shape(long... dims) {
        return dims;
    }
}
