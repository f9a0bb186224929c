package org.supcert.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The memory requirement of issue 5: {@code supcert certify} on a model file of more than 200 MB
 * (a 335 MB pruned two-layer MLP: fc1 8192 x 4096 as a PyTorch pruning pair with a 2:4 mask, fc2
 * 2048 x 8192 block-diagonal weights, biases) in a child JVM limited to a 1 GB heap.
 */
@Tag("slow")
class LargeModelCertifyTest {
    static final int IN = 4096;
    static final int HIDDEN = 8192;
    static final int OUT = 2048;
    /** fc2 connects output block g (OUT / 8 rows) to hidden block g (HIDDEN / 8 units). */
    static final int BLOCKS = 8;

    @TempDir
    Path dir;

    static boolean fc1(int k, int j) {
        return (k + j) % 4 < 2;
    }

    static boolean fc2(int i, int k) {
        return i / (OUT / BLOCKS) == k / (HIDDEN / BLOCKS);
    }

    @Test
    void certifiesA335MegabyteModelInAOneGigabyteHeap() throws Exception {
        Path file = dir.resolve("pruned-mlp.safetensors");
        try {
            long size = write(file);
            assertTrue(size > 300_000_000L, "file of " + size + " bytes");
            long start = System.nanoTime();
            JsonNode doc = ChildCertify.run(file, "1g", 10);
            double seconds = (System.nanoTime() - start) / 1e9;
            assertEquals("fc1.weight", doc.get("layers").get(0).get("name").asText(), doc::toString);
            assertEquals("2:4", doc.get("layers").get(0).get("nm").asText());
            assertEquals("PRUNING_MASK", doc.get("layers").get(0).get("origin").asText());
            assertEquals((long) HIDDEN * IN / 2, doc.get("layers").get(0).get("nonZeros").asLong());
            assertEquals((long) OUT * HIDDEN / BLOCKS, doc.get("layers").get(1).get("nonZeros").asLong());
            // 32 complete classes (8 output blocks x 4 input patterns), 256 hidden units each: Lemma B + Theorem C
            assertEquals("CLOSED", doc.get("chain").get("verdict").asText(), doc::toString);
            assertEquals("NO_OBSTRUCTION_FOUND", doc.get("network").get("verdict").asText());
            assertTrue(seconds < 600, "took " + seconds + " s");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Writes the model row by row (never whole in memory); returns its size. */
    static long write(Path file) throws IOException {
        long fc1Bytes = 4L * HIDDEN * IN;
        long fc2Bytes = 4L * OUT * HIDDEN;
        long[][] offsets = new long[5][];
        long off = 0;
        long[] sizes = {fc1Bytes, fc1Bytes, 4L * HIDDEN, fc2Bytes, 4L * OUT};
        for (int t = 0; t < sizes.length; t++) {
            offsets[t] = new long[] {off, off + sizes[t]};
            off += sizes[t];
        }
        String header = "{\"__metadata__\":{\"format\":\"pt\"},"
                + entry("module.fc1.weight_orig", "[" + HIDDEN + "," + IN + "]", offsets[0]) + ","
                + entry("module.fc1.weight_mask", "[" + HIDDEN + "," + IN + "]", offsets[1]) + ","
                + entry("module.fc1.bias", "[" + HIDDEN + "]", offsets[2]) + ","
                + entry("module.fc2.weight", "[" + OUT + "," + HIDDEN + "]", offsets[3]) + ","
                + entry("module.fc2.bias", "[" + OUT + "]", offsets[4]) + "}";
        StringBuilder h = new StringBuilder(header);
        while (h.length() % 8 != 0) h.append(' ');
        byte[] hb = h.toString().getBytes(StandardCharsets.UTF_8);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ch.write(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(hb.length).flip());
            ch.write(ByteBuffer.wrap(hb));
            ByteBuffer row = ByteBuffer.allocateDirect(4 * Math.max(IN, HIDDEN)).order(ByteOrder.LITTLE_ENDIAN);
            for (int k = 0; k < HIDDEN; k++) { // fc1.weight_orig: dense trained weights
                row.clear();
                for (int j = 0; j < IN; j++) row.putFloat(0.01f * (1 + (k * 31 + j * 7) % 97));
                put(ch, row);
            }
            for (int k = 0; k < HIDDEN; k++) { // fc1.weight_mask: 2:4 along the input
                row.clear();
                for (int j = 0; j < IN; j++) row.putFloat(fc1(k, j) ? 1f : 0f);
                put(ch, row);
            }
            row.clear();
            for (int k = 0; k < HIDDEN; k++) row.putFloat(0.5f);
            put(ch, row);
            for (int i = 0; i < OUT; i++) { // fc2.weight: zeros outside the blocks (some stored as -0.0)
                row.clear();
                for (int k = 0; k < HIDDEN; k++) row.putFloat(fc2(i, k) ? 0.25f + (i + k) % 5 : (k % 2 == 0 ? 0f : -0f));
                put(ch, row);
            }
            row.clear();
            for (int i = 0; i < OUT; i++) row.putFloat(-1f);
            put(ch, row);
            return ch.size();
        }
    }

    private static String entry(String name, String shape, long[] offsets) {
        return "\"" + name + "\":{\"dtype\":\"F32\",\"shape\":" + shape + ",\"data_offsets\":[" + offsets[0] + ","
                + offsets[1] + "]}";
    }

    private static void put(FileChannel ch, ByteBuffer row) throws IOException {
        row.flip();
        while (row.hasRemaining()) ch.write(row);
    }
}
