package org.supcert.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supcert.io.TestFiles.assertFormatError;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PyTorch zip checkpoints built by hand: views, byte order, and the pickles a reader must refuse. */
class PyTorchReaderTest {
    @TempDir
    Path tmp;

    /** {"w": tensor} for one storage "0" of 12 float32 values 1..12 with some zeros. */
    private Path checkpoint(String name, long offset, long[] size, long[] stride, String byteorder) throws IOException {
        byte[] pickle = Pickles.proto2().emptyDict().mark().str("w").tensor("FloatStorage", "0", 12, offset, size, stride)
                .setitems().stop().bytes();
        ByteOrder order = "big".equals(byteorder) ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        byte[] data = TestFiles.encode("f4", order, 1, 0, 3, 4, 5, 0, 7, 8, 0, 10, 11, 12);
        Path f = tmp.resolve(name);
        Pickles.torchZip(f, pickle, byteorder, Map.of("0", data));
        return f;
    }

    @Test
    void contiguousTransposedAndOffsetViewsReadAsTorchSeesThem() throws IOException {
        try (TensorSource s = TensorSource.open(checkpoint("c.pt", 0, new long[] {3, 4}, new long[] {4, 1}, "little"))) {
            assertEquals("F32", s.info("w").dtype());
            assertArrayEquals(new double[] {1, 0, 3, 4, 5, 0, 7, 8, 0, 10, 11, 12}, s.dense("w").data());
        }
        // w.t(): shape (4, 3), strides (1, 4)
        try (TensorSource s = TensorSource.open(checkpoint("t.pt", 0, new long[] {4, 3}, new long[] {1, 4}, "little"))) {
            assertArrayEquals(new double[] {1, 5, 0, 0, 0, 10, 3, 7, 11, 4, 8, 12}, s.dense("w").data());
        }
        // w[1:3, 1::2] of the 3 x 4 matrix: offset 5, shape (2, 2), strides (4, 2)
        try (TensorSource s = TensorSource.open(checkpoint("v.pt", 5, new long[] {2, 2}, new long[] {4, 2}, "little"))) {
            assertArrayEquals(new double[] {0, 8, 10, 12}, s.dense("w").data());
            assertEquals(3, s.mask("w").nonZeros());
        }
        // big-endian storages (byteorder "big")
        try (TensorSource s = TensorSource.open(checkpoint("b.bin", 0, new long[] {2, 6}, new long[] {6, 1}, "big"))) {
            assertArrayEquals(new double[] {1, 0, 3, 4, 5, 0, 7, 8, 0, 10, 11, 12}, s.dense("w").data());
        }
    }

    @Test
    void aZipWithoutExtensionIsRecognisedAsPyTorchByItsDataPkl() throws IOException {
        Path f = checkpoint("weights", 0, new long[] {3, 4}, new long[] {4, 1}, null);
        try (TensorSource s = TensorSource.open(f)) {
            assertEquals(List.of("w"), s.tensors().stream().map(TensorInfo::name).toList());
        }
    }

    @Test
    void viewsOutsideTheirStorageAndBadStoragesAreRefused() throws IOException {
        Path past = checkpoint("past.pt", 6, new long[] {2, 4}, new long[] {4, 1}, "little");
        assertFormatError(past, "w", () -> TensorSource.open(past), "reaches past its storage of 12 elements");
        byte[] pickle = Pickles.proto2().emptyDict().mark().str("w").tensor("FloatStorage", "0", 12, 0, new long[] {12},
                new long[] {1}).setitems().stop().bytes();
        Path shortStorage = tmp.resolve("short.pt");
        Pickles.torchZip(shortStorage, pickle, "little", Map.of("0", new byte[40]));
        assertFormatError(shortStorage, "w", () -> TensorSource.open(shortStorage), "holds 40 bytes, not the 48");
        Path missing = tmp.resolve("missing.pt");
        Pickles.torchZip(missing, pickle, "little", Map.of("1", new byte[48]));
        assertFormatError(missing, "w", () -> TensorSource.open(missing), "archive/data/0 is missing");
        Path deflated = tmp.resolve("deflated.pt");
        TestFiles.zip(deflated, Map.of("archive/data.pkl", pickle, "archive/data/0", new byte[48]), false);
        assertFormatError(deflated, "w", () -> TensorSource.open(deflated), "is compressed");
        Path odd = tmp.resolve("odd.pt");
        Pickles.torchZip(odd, pickle, "middle", Map.of("0", new byte[48]));
        assertFormatError(odd, null, () -> TensorSource.open(odd), "byteorder says 'middle'");
    }

    // ---------------------------------------------------------------- hostile pickles

    private Path withPickle(String name, byte[] pickle) throws IOException {
        Path f = tmp.resolve(name);
        Pickles.torchZip(f, pickle, "little", Map.of());
        return f;
    }

    @Test
    void osSystemIsRefusedAndNothingRuns() throws IOException {
        Path marker = tmp.resolve("pwned");
        byte[] evil = Pickles.proto2().global("posix", "system").mark().str("touch " + marker).tuple().reduce().stop().bytes();
        Path f = withPickle("evil.pt", evil);
        assertFormatError(f, null, () -> TensorSource.open(f), "global 'posix.system'", "refused without calling anything");
        byte[] evilOs = Pickles.proto2().global("os", "system").mark().str("touch " + marker).tuple().reduce().stop().bytes();
        Path g = withPickle("evil2.pt", evilOs);
        assertFormatError(g, null, () -> TensorSource.open(g), "global 'os.system'");
        assertFalse(Files.exists(marker), "the command of the pickle ran");
    }

    @Test
    void builtinsEvalByStackGlobalIsRefused() throws IOException {
        byte[] evil = Pickles.proto2().stackGlobal("builtins", "eval").mark().str("__import__('os').system('id')").tuple()
                .reduce().stop().bytes();
        Path f = withPickle("eval.pt", evil);
        assertFormatError(f, null, () -> TensorSource.open(f), "global 'builtins.eval'");
    }

    @Test
    void nestedReducesAreRefusedAtTheInnerGlobalAndAllowedCallablesOnlyTakeStateDictArguments() throws IOException {
        // OrderedDict(exec("...")): the inner global stops the reading before any call
        byte[] nested = Pickles.proto2().global("collections", "OrderedDict").mark().global("builtins", "exec").mark()
                .str("import os").tuple().reduce().tuple().reduce().stop().bytes();
        Path f = withPickle("nested.pt", nested);
        assertFormatError(f, null, () -> TensorSource.open(f), "global 'builtins.exec'");
        // OrderedDict([...]) with arguments: not what a state dict pickles
        byte[] args = Pickles.proto2().global("collections", "OrderedDict").mark().str("x").tuple().reduce().stop().bytes();
        Path g = withPickle("args.pt", args);
        assertFormatError(g, null, () -> TensorSource.open(g), "OrderedDict called with arguments");
        // _rebuild_tensor_v2 of something that is not a storage
        byte[] fake = Pickles.proto2().emptyDict().mark().str("w").global("torch._utils", "_rebuild_tensor_v2").mark()
                .str("storage").integer(0).ints(1).ints(1).op(0x89).op('N').tuple().reduce().setitems().stop().bytes();
        Path h = withPickle("fake.pt", fake);
        assertFormatError(h, null, () -> TensorSource.open(h), "_rebuild_tensor_v2 with arguments other than");
        // a REDUCE of a value that is not a global (e.g. a string made callable)
        byte[] notGlobal = Pickles.proto2().str("os.system").mark().tuple().reduce().stop().bytes();
        Path k = withPickle("notglobal.pt", notGlobal);
        assertFormatError(k, null, () -> TensorSource.open(k), "REDUCE calls a string");
    }

    @Test
    void objectCreatingOpcodesAndMalformedPicklesAreRefused() throws IOException {
        byte[] newobj = Pickles.proto2().global("collections", "OrderedDict").op(')').op(0x81).stop().bytes();
        Path a = withPickle("newobj.pt", newobj);
        assertFormatError(a, null, () -> TensorSource.open(a), "opcode 0x81", "creates an object");
        byte[] truncated = Pickles.proto2().emptyDict().bytes();
        Path b = withPickle("trunc.pt", truncated);
        assertFormatError(b, null, () -> TensorSource.open(b), "ends without STOP");
        byte[] hugeString = Pickles.proto2().op('X').op(0xff).op(0xff).op(0xff).op(0x7f).stop().bytes();
        Path c = withPickle("huge.pt", hugeString);
        assertFormatError(c, null, () -> TensorSource.open(c), "runs past the end of the pickle");
        byte[] memo = Pickles.proto2().op('h').op(7).stop().bytes();
        Path d = withPickle("memo.pt", memo);
        assertFormatError(d, null, () -> TensorSource.open(d), "memo entry 7 was never stored");
        byte[] protocol0 = {'(', 'd', 'p', '0', '\n', '.'};
        Path e = withPickle("p0.pt", protocol0);
        assertFormatError(e, null, () -> TensorSource.open(e), "opcode 0x64");
        byte[] model = Pickles.proto2().global("__main__", "Net").op(')').reduce().stop().bytes();
        Path m = withPickle("model.pt", model);
        assertFormatError(m, null, () -> TensorSource.open(m), "pickled model object", "model.state_dict()");
    }

    @Test
    void legacyFilesAndZipsWithoutAPickleGetTheirOwnMessages() throws IOException {
        Path legacy = tmp.resolve("legacy.pt");
        Files.write(legacy, Pickles.proto2().integer(1).stop().bytes());
        assertFormatError(legacy, null, () -> TensorSource.open(legacy), "legacy PyTorch file", "torch.save(model.state_dict()");
        Path legacyNoExt = tmp.resolve("legacy");
        Files.write(legacyNoExt, Pickles.proto2().integer(1).stop().bytes());
        assertFormatError(legacyNoExt, null, () -> TensorSource.open(legacyNoExt), "legacy PyTorch file");
        Path notTorch = tmp.resolve("other.pt");
        TestFiles.zip(notTorch, Map.of("readme.txt", new byte[3]), true);
        assertFormatError(notTorch, null, () -> TensorSource.open(notTorch), "not a torch.save checkpoint");
    }

    @Test
    void fp8SafetensorsDecodeExactly() throws IOException {
        // E4M3FN: 0x38 = 1, 0x7e = 448 (largest), 0x01 = 2^-9 (smallest subnormal), 0x80 = -0, 0xb8 = -1
        // E5M2: 0x3c = 1, 0x7b = 57344, 0x01 = 2^-16, 0x80 = -0, 0xbc = -1
        Map<String, TestFiles.St> t = TestFiles.tensors();
        t.put("a", TestFiles.st("F8_E4M3", TestFiles.shape(1, 5), new byte[] {0x38, 0x7e, 0x01, (byte) 0x80, (byte) 0xb8}));
        t.put("b", TestFiles.st("F8_E5M2", TestFiles.shape(1, 5), new byte[] {0x3c, 0x7b, 0x01, (byte) 0x80, (byte) 0xbc}));
        t.put("c", TestFiles.st("F8_E8M0", TestFiles.shape(1, 3), new byte[] {127, 0, (byte) 130}));
        Path f = tmp.resolve("fp8.safetensors");
        TestFiles.safetensors(f, t, null);
        try (TensorSource s = TensorSource.open(f)) {
            assertArrayEquals(new double[] {1, 448, 0x1p-9, -0.0, -1}, s.dense("a").data());
            assertArrayEquals(new double[] {1, 57344, 0x1p-16, -0.0, -1}, s.dense("b").data());
            assertArrayEquals(new double[] {1, 0x1p-127, 8}, s.dense("c").data());
            assertEquals(4, s.mask("a").nonZeros()); // -0 is zero
            assertEquals(3, s.mask("c").nonZeros()); // E8M0 has no zero
        }
        // every E4M3 byte: NaN only at S.1111.111, zero only at +-0, and monotone on the positive half
        float prev = -1;
        for (int b = 0; b < 0x7f; b++) {
            float v = DType.e4m3ToFloat(b);
            assertTrue(v > prev && !Float.isNaN(v), "byte " + b + " -> " + v);
            prev = v;
        }
        assertTrue(Float.isNaN(DType.e4m3ToFloat(0x7f)) && Float.isNaN(DType.e4m3ToFloat(0xff)));
    }
}
