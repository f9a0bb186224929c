package org.supcert.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A ~235 MB safetensors model written row by row (never whole in memory) with supports whose
 * non-zero counts are known in closed form, so that readers can be checked without keeping a copy.
 */
final class LargeModelFile {
    /** name, dtype, rows, cols, pattern. */
    static final Object[][] LAYERS = {
        {"layers.0.weight", "F32", 4096, 4096, Pattern.TWO_FOUR},
        {"layers.1.weight", "F16", 4096, 8192, Pattern.ONE_IN_TEN},
        {"layers.2.weight_orig", "BF16", 4096, 4096, Pattern.DENSE},
        {"layers.2.weight_mask", "BF16", 4096, 4096, Pattern.ONE_IN_TEN},
        {"layers.3.weight", "F64", 2048, 2048, Pattern.ONE_IN_TEN},
    };

    enum Pattern {
        /** Columns j with (i + j) mod 4 in {0, 1}: exactly 2 of every 4 along each row. */
        TWO_FOUR,
        /** Entries with (31 i + 17 j) mod 10 == 0. */
        ONE_IN_TEN,
        /** Every entry non-zero. */
        DENSE;

        boolean on(int i, int j) {
            switch (this) {
                case TWO_FOUR: return (i + j) % 4 < 2;
                case ONE_IN_TEN: return (31L * i + 17L * j) % 10 == 0;
                default: return true;
            }
        }

        long count(int rows, int cols) {
            long n = 0;
            for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) if (on(i, j)) n++;
            return n;
        }
    }

    private LargeModelFile() {}

    static int size(String dtype) {
        switch (dtype) {
            case "F16": case "BF16": return 2;
            case "F32": return 4;
            default: return 8;
        }
    }

    /** Writes the file; returns its size in bytes. */
    static long write(Path file) throws IOException {
        StringBuilder h = new StringBuilder("{\"__metadata__\":{\"format\":\"pt\"}");
        long off = 0;
        for (Object[] l : LAYERS) {
            long bytes = (long) (int) l[2] * (int) l[3] * size((String) l[1]);
            h.append(",\"").append(l[0]).append("\":{\"dtype\":\"").append(l[1]).append("\",\"shape\":[")
                    .append(l[2]).append(',').append(l[3]).append("],\"data_offsets\":[").append(off).append(',')
                    .append(off + bytes).append("]}");
            off += bytes;
        }
        h.append('}');
        while ((h.length() % 8) != 0) h.append(' ');
        byte[] header = h.toString().getBytes(StandardCharsets.UTF_8);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer len = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(header.length);
            ch.write(len.flip());
            ch.write(ByteBuffer.wrap(header));
            for (Object[] l : LAYERS) writeLayer(ch, (String) l[1], (int) l[2], (int) l[3], (Pattern) l[4],
                    ((String) l[0]).endsWith("_mask"));
            return ch.size();
        }
    }

    private static void writeLayer(FileChannel ch, String dtype, int rows, int cols, Pattern p, boolean ones)
            throws IOException {
        ByteBuffer row = ByteBuffer.allocateDirect(cols * size(dtype)).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < rows; i++) {
            row.clear();
            for (int j = 0; j < cols; j++) {
                float v = p.on(i, j) ? (ones ? 1f : 0.25f + ((i * 7 + j) % 13)) : ((i + j) % 2 == 0 ? 0f : -0f);
                switch (dtype) {
                    case "F16": row.putShort(TestFiles.half(v)); break;
                    case "BF16": row.putShort(TestFiles.bf16(v)); break;
                    case "F32": row.putFloat(v); break;
                    default: row.putDouble(v);
                }
            }
            row.flip();
            while (row.hasRemaining()) ch.write(row);
        }
    }
}
