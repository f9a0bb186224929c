package org.supcert.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13's memory requirement: {@code supcert certify} on a 1 GB PyTorch checkpoint (the zip of
 * {@code torch.save}, written here with stored members: a pruning pair fc1.weight_orig/_mask of
 * 8192 x 16384 float32, 1:16 along the input, and fc2 1024 x 8192 block-diagonal) in a child JVM
 * limited to a 1 GB heap: the storages are memory-mapped, only the masks live on the heap. Slow
 * (writing 1 GB): run with -Pslow.
 */
@Tag("slow")
class LargeTorchCertifyTest {
    static final int IN = 16384;
    static final int HIDDEN = 8192;
    static final int OUT = 1024;
    static final int BLOCKS = 8;

    @TempDir
    Path dir;

    @Test
    void certifiesAOneGigabyteCheckpointInAOneGigabyteHeap() throws Exception {
        Path file = dir.resolve("pytorch_model.bin");
        try {
            long size = write(file);
            assertTrue(size > 1_000_000_000L, "file of " + size + " bytes");
            JsonNode doc = ChildCertify.run(file, "1g", 15);
            JsonNode fc1 = doc.get("layers").get(0);
            assertEquals("fc1.weight PRUNING_MASK [" + HIDDEN + "," + IN + "] " + (long) HIDDEN * IN / 16,
                    fc1.get("name").asText() + " " + fc1.get("origin").asText() + " " + fc1.get("shape") + " "
                            + fc1.get("nonZeros").asLong(), doc::toString);
            assertEquals((long) OUT * HIDDEN / BLOCKS, doc.get("layers").get(1).get("nonZeros").asLong());
            assertEquals("CLOSED", doc.get("chain").get("verdict").asText(), doc::toString);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The pickle of {fc1.weight_orig, fc1.weight_mask, fc2.weight} as torch.save writes it (protocol 2). */
    static byte[] pickle() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(0x80);
        b.write(2);
        b.write('}');
        b.write('(');
        tensor(b, "fc1.weight_orig", "0", HIDDEN, IN);
        tensor(b, "fc1.weight_mask", "1", HIDDEN, IN);
        tensor(b, "fc2.weight", "2", OUT, HIDDEN);
        b.write('u');
        b.write('.');
        return b.toByteArray();
    }

    private static void tensor(ByteArrayOutputStream b, String name, String key, int rows, int cols) {
        str(b, name);
        global(b, "torch._utils", "_rebuild_tensor_v2");
        b.write('(');
        b.write('(');
        str(b, "storage");
        global(b, "torch", "FloatStorage");
        str(b, key);
        str(b, "cpu");
        integer(b, (long) rows * cols);
        b.write('t');
        b.write('Q');
        integer(b, 0);
        b.write('(');
        integer(b, rows);
        integer(b, cols);
        b.write('t');
        b.write('(');
        integer(b, cols);
        integer(b, 1);
        b.write('t');
        b.write(0x89);
        global(b, "collections", "OrderedDict");
        b.write(')');
        b.write('R');
        b.write('t');
        b.write('R');
    }

    private static void global(ByteArrayOutputStream b, String module, String name) {
        b.write('c');
        b.writeBytes((module + "\n" + name + "\n").getBytes(StandardCharsets.US_ASCII));
    }

    private static void str(ByteArrayOutputStream b, String s) {
        byte[] x = s.getBytes(StandardCharsets.UTF_8);
        b.write('X');
        b.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(x.length).array());
        b.writeBytes(x);
    }

    private static void integer(ByteArrayOutputStream b, long v) {
        if (v > Integer.MAX_VALUE) { // LONG1, as pickle writes numbers past 2^31
            b.write(0x8a);
            b.write(8);
            b.writeBytes(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(v).array());
            return;
        }
        b.write('J');
        b.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt((int) v).array());
    }

    /** Writes the checkpoint row by row with stored (uncompressed) members; returns its size. */
    static long write(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.READ, StandardOpenOption.TRUNCATE_EXISTING);
                ZipArchiveOutputStream z = new ZipArchiveOutputStream(ch)) {
            member(z, "archive/data.pkl", pickle());
            member(z, "archive/byteorder", "little".getBytes(StandardCharsets.US_ASCII));
            ByteBuffer row = ByteBuffer.allocate(4 * Math.max(IN, HIDDEN)).order(ByteOrder.LITTLE_ENDIAN);
            z.putArchiveEntry(stored("archive/data/0"));
            for (int k = 0; k < HIDDEN; k++) { // dense trained weights
                row.clear();
                for (int j = 0; j < IN; j++) row.putFloat(0.01f * (1 + (k * 31 + j * 7) % 97));
                z.write(row.array(), 0, row.position());
            }
            z.closeArchiveEntry();
            z.putArchiveEntry(stored("archive/data/1"));
            for (int k = 0; k < HIDDEN; k++) { // the pruning mask, 0/1 in the weight's dtype
                row.clear();
                for (int j = 0; j < IN; j++) row.putFloat((k + j) % 16 == 0 ? 1f : 0f);
                z.write(row.array(), 0, row.position());
            }
            z.closeArchiveEntry();
            z.putArchiveEntry(stored("archive/data/2"));
            for (int i = 0; i < OUT; i++) {
                row.clear();
                for (int k = 0; k < HIDDEN; k++) row.putFloat(i / (OUT / BLOCKS) == k / (HIDDEN / BLOCKS) ? 0.25f + (i + k) % 5 : 0f);
                z.write(row.array(), 0, row.position());
            }
            z.closeArchiveEntry();
            z.finish();
        }
        return Files.size(file);
    }

    private static ZipArchiveEntry stored(String name) {
        ZipArchiveEntry e = new ZipArchiveEntry(name);
        e.setMethod(ZipArchiveEntry.STORED);
        return e;
    }

    private static void member(ZipArchiveOutputStream z, String name, byte[] data) throws IOException {
        z.putArchiveEntry(stored(name));
        z.write(data);
        z.closeArchiveEntry();
    }
}
