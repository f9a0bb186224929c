package org.supcert.io;

import static org.supcert.io.TestFiles.assertFormatError;
import static org.supcert.io.TestFiles.encode;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafetensorsBadInputTest {
    private static final ByteOrder LE = ByteOrder.LITTLE_ENDIAN;

    @TempDir
    Path dir;

    private static String entry(String name, String dtype, String shape, long begin, long end) {
        return "\"" + name + "\":{\"dtype\":\"" + dtype + "\",\"shape\":" + shape + ",\"data_offsets\":[" + begin
                + "," + end + "]}";
    }

    private Path raw(String name, String header, int dataBytes) throws IOException {
        Path p = dir.resolve(name);
        TestFiles.safetensorsRaw(p, header, new byte[dataBytes]);
        return p;
    }

    private Path withLength(String name, long headerLength, byte[] rest) throws IOException {
        Path p = dir.resolve(name);
        byte[] len = ByteBuffer.allocate(8).order(LE).putLong(headerLength).array();
        byte[] all = Arrays.copyOf(len, 8 + rest.length);
        System.arraycopy(rest, 0, all, 8, rest.length);
        Files.write(p, all);
        return p;
    }

    @Test
    void shorterThanTheLengthField() throws IOException {
        Path p = dir.resolve("tiny.safetensors");
        Files.write(p, new byte[] {1, 2, 3});
        assertFormatError(p, null, () -> TensorSource.open(p), "shorter than the 8-byte header length");
    }

    @Test
    void absurdHeaderLength() throws IOException {
        Path p = withLength("absurd.safetensors", 5_000_000_000L, "{}".getBytes());
        assertFormatError(p, null, () -> TensorSource.open(p), "header length 5000000000 is absurd");
        Path n = withLength("negative.safetensors", -1L, "{}".getBytes());
        assertFormatError(n, null, () -> TensorSource.open(n), "18446744073709551615 is absurd");
    }

    @Test
    void headerLengthPastTheEnd() throws IOException {
        Path p = withLength("past.safetensors", 1000, "{}".getBytes());
        assertFormatError(p, null, () -> TensorSource.open(p), "header length 1000 runs past the end of the 10-byte file");
    }

    @Test
    void headerNotJson() throws IOException {
        Path p = raw("json.safetensors", "{\"w\":{\"dtype\":", 0);
        assertFormatError(p, null, () -> TensorSource.open(p), "not valid JSON");
        Path q = raw("array.safetensors", "[1, 2]", 0);
        assertFormatError(q, null, () -> TensorSource.open(q), "does not start with '{'");
        Path d = raw("dup.safetensors", "{" + entry("w", "U8", "[1]", 0, 1) + "," + entry("w", "U8", "[1]", 1, 2) + "}", 2);
        assertFormatError(d, null, () -> TensorSource.open(d), "not valid JSON", "Duplicate");
    }

    @Test
    void headerNotUtf8() throws IOException {
        Path p = dir.resolve("latin.safetensors");
        byte[] h = {'{', '"', (byte) 0xff, '"', ':', '1', '}', ' '};
        Files.write(p, concat(ByteBuffer.allocate(8).order(LE).putLong(8).array(), h));
        assertFormatError(p, null, () -> TensorSource.open(p), "not valid UTF-8");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    @Test
    void offsetsPastTheEndOfTheFile() throws IOException {
        Path p = raw("end.safetensors", "{" + entry("w", "F32", "[2,2]", 0, 16) + "}", 8);
        assertFormatError(p, "w", () -> TensorSource.open(p), "data_offsets [0, 16) run past the end of the 8-byte data buffer");
    }

    @Test
    void overlappingTensors() throws IOException {
        Path p = raw("overlap.safetensors", "{" + entry("a", "F32", "[2]", 0, 8) + "," + entry("b", "F32", "[2]", 4, 12)
                + "}", 12);
        assertFormatError(p, "b", () -> TensorSource.open(p), "overlap tensor 'a'");
    }

    @Test
    void gapBetweenTensors() throws IOException {
        Path p = raw("gap.safetensors", "{" + entry("a", "F32", "[1]", 0, 4) + "," + entry("b", "F32", "[1]", 8, 12)
                + "}", 12);
        assertFormatError(p, "b", () -> TensorSource.open(p), "[4, 8)", "belong to no tensor");
    }

    @Test
    void trailingBytesAfterTheLastTensor() throws IOException {
        Path p = raw("trail.safetensors", "{" + entry("a", "F32", "[1]", 0, 4) + "}", 10);
        assertFormatError(p, null, () -> TensorSource.open(p), "6 bytes after the last tensor belong to no tensor");
    }

    @Test
    void shapeAndByteCountDisagree() throws IOException {
        Path p = raw("size.safetensors", "{" + entry("w", "F32", "[2,3]", 0, 20) + "}", 20);
        assertFormatError(p, "w", () -> TensorSource.open(p), "needs 24 bytes", "hold 20");
    }

    @Test
    void malformedEntries() throws IOException {
        String[][] cases = {
            {"{\"w\":3}", "not an object"},
            {"{\"w\":{\"shape\":[1],\"data_offsets\":[0,1]}}", "dtype missing"},
            {"{\"w\":{\"dtype\":\"U8\",\"data_offsets\":[0,1]}}", "shape missing"},
            {"{\"w\":{\"dtype\":\"U8\",\"shape\":[-1],\"data_offsets\":[0,1]}}", "not a non-negative integer"},
            {"{\"w\":{\"dtype\":\"U8\",\"shape\":[1.5],\"data_offsets\":[0,1]}}", "not a non-negative integer"},
            {"{\"w\":{\"dtype\":\"U8\",\"shape\":[1],\"data_offsets\":[0]}}", "data_offsets missing"},
            {"{\"w\":{\"dtype\":\"U8\",\"shape\":[1],\"data_offsets\":[1,0]}}", "end before they begin"},
            {"{\"__metadata__\":{\"n\":3}}", "__metadata__ value of 'n' is not a string"},
        };
        for (int k = 0; k < cases.length; k++) {
            Path p = raw("m" + k + ".safetensors", cases[k][0], 1);
            assertFormatError(p, null, () -> TensorSource.open(p), cases[k][1]);
        }
    }

    @Test
    void hugeShapeProductIsAMismatchNotAnOverflow() throws IOException {
        Path p = raw("huge.safetensors", "{" + entry("w", "F64", "[4294967296,4294967296]", 0, 8) + "}", 8);
        assertFormatError(p, "w", () -> TensorSource.open(p), "needs " + Long.MAX_VALUE);
    }

    @Test
    void truncatedFileAfterAValidHeader() throws IOException {
        Path good = dir.resolve("good.safetensors");
        java.util.Map<String, TestFiles.St> t = TestFiles.tensors();
        t.put("w", TestFiles.st("F64", TestFiles.shape(4, 4), encode("f8", LE, new double[16])));
        TestFiles.safetensors(good, t, null);
        byte[] all = Files.readAllBytes(good);
        Path p = dir.resolve("cut.safetensors");
        Files.write(p, Arrays.copyOf(all, all.length - 9));
        assertFormatError(p, "w", () -> TensorSource.open(p), "run past the end");
    }

    @Test
    void shardIndexProblems() throws IOException {
        java.util.Map<String, TestFiles.St> t = TestFiles.tensors();
        t.put("a", TestFiles.st("U8", TestFiles.shape(1), new byte[] {1}));
        TestFiles.safetensors(dir.resolve("s1.safetensors"), t, null);
        Path missingShard = dir.resolve("m1.index.json");
        Files.writeString(missingShard, "{\"weight_map\":{\"a\":\"nope.safetensors\"}}");
        assertFormatError(missingShard, "a", () -> TensorSource.open(missingShard), "'nope.safetensors' does not exist");
        Path missingTensor = dir.resolve("m2.index.json");
        Files.writeString(missingTensor, "{\"weight_map\":{\"b\":\"s1.safetensors\"}}");
        assertFormatError(missingTensor, "b", () -> TensorSource.open(missingTensor), "holds no such tensor");
        Path escape = dir.resolve("m3.index.json");
        Files.writeString(escape, "{\"weight_map\":{\"a\":\"../s1.safetensors\"}}");
        assertFormatError(escape, "a", () -> TensorSource.open(escape), "lies outside");
        Path noMap = dir.resolve("m4.index.json");
        Files.writeString(noMap, "{\"metadata\":{}}");
        assertFormatError(noMap, null, () -> TensorSource.open(noMap), "no weight_map");
        Path badShard = dir.resolve("bad.safetensors");
        Files.write(badShard, new byte[] {1});
        Path m5 = dir.resolve("m5.index.json");
        Files.writeString(m5, "{\"weight_map\":{\"a\":\"bad.safetensors\"}}");
        assertFormatError(badShard, null, () -> TensorSource.open(m5), "shorter than");
    }
}
