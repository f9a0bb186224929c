package org.supcert.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.supcert.io.TestFiles.assertFormatError;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ONNX models assembled field by field (onnx.proto3 numbers): graph order, orientation, bad files. */
class OnnxReaderTest {
    @TempDir
    Path tmp;

    /** A message built from (field, bytes) length-delimited fields and varint fields. */
    private static final class Msg {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final CodedOutputStream c = CodedOutputStream.newInstance(out);

        Msg str(int field, String s) throws IOException {
            c.writeString(field, s);
            return this;
        }

        Msg bytes(int field, byte[] b) throws IOException {
            c.writeBytes(field, ByteString.copyFrom(b));
            return this;
        }

        Msg msg(int field, Msg m) throws IOException {
            return bytes(field, m.build());
        }

        Msg varint(int field, long v) throws IOException {
            c.writeInt64(field, v);
            return this;
        }

        Msg floats(int field, float... v) throws IOException {
            for (float x : v) c.writeFloat(field, x);
            return this;
        }

        byte[] build() throws IOException {
            c.flush();
            return out.toByteArray();
        }
    }

    private static Msg tensor(String name, long rows, long cols, byte[] raw) throws IOException {
        return new Msg().varint(1, rows).varint(1, cols).varint(2, 1).str(8, name).bytes(9, raw);
    }

    private static Msg node(String op, String name, String... inputs) throws IOException {
        Msg n = new Msg();
        for (String i : inputs) n.str(1, i);
        return n.str(2, name + "_out").str(3, name).str(4, op);
    }

    private static Msg attr(String name, long i) throws IOException {
        return new Msg().str(1, name).varint(3, i).varint(20, 2);
    }

    private Path model(String file, Msg graph) throws IOException {
        Path f = tmp.resolve(file);
        Files.write(f, new Msg().varint(1, 8).msg(7, graph).build());
        return f;
    }

    private static byte[] f32(double... v) {
        return TestFiles.encode("f4", ByteOrder.LITTLE_ENDIAN, v);
    }

    @Test
    void graphGivesOrderAndOrientationOfMatMulGemmAndTranspose() throws IOException {
        Msg g = new Msg()
                .msg(1, node("Transpose", "t", "a"))
                .msg(1, node("Gemm", "second", "x1", "b").msg(5, attr("transB", 0)))
                .msg(1, node("MatMul", "first", "x", "t_out"))
                .msg(1, node("Gemm", "third", "x2", "c").msg(5, attr("transB", 1)))
                .msg(5, tensor("a", 2, 3, f32(1, 0, 2, 0, 3, 0)))
                .msg(5, tensor("b", 3, 2, f32(1, 2, 3, 4, 5, 6)))
                .msg(5, tensor("c", 4, 2, f32(1, 0, 0, 1, 1, 1, 0, 0)))
                .msg(5, new Msg().varint(1, 2).varint(2, 1).str(8, "bias").floats(4, 0.5f, 0f));
        Path f = model("m.onnx", g);
        try (TensorSource s = TensorSource.open(f)) {
            assertEquals(List.of(new GraphWeight("b", true, "Gemm second"), new GraphWeight("a", false, "MatMul first"),
                    new GraphWeight("c", false, "Gemm third")), s.graphWeights());
            assertArrayEquals(new double[] {1, 0, 2, 0, 3, 0}, s.dense("a").data());
            assertArrayEquals(new double[] {0.5, 0}, s.dense("bias").data()); // typed float_data
        }
    }

    @Test
    void badModelsAreRefusedWithTheirProblem() throws IOException {
        Path wrong = model("raw.onnx", new Msg().msg(5, tensor("w", 2, 2, f32(1, 2, 3))));
        assertFormatError(wrong, "w", () -> TensorSource.open(wrong), "raw_data of 12 bytes", "needs 16");
        Path typed = model("typed.onnx", new Msg().msg(5, new Msg().varint(1, 2).varint(1, 2).varint(2, 1).str(8, "w")
                .floats(4, 1f, 2f)));
        assertFormatError(typed, "w", () -> TensorSource.open(typed), "typed data of 2 values");
        Path escape = model("escape.onnx", new Msg().msg(5, new Msg().varint(1, 1).varint(1, 1).varint(2, 1).str(8, "w")
                .msg(13, new Msg().str(1, "location").str(2, "../secret.bin")).varint(14, 1)));
        assertFormatError(escape, "w", () -> TensorSource.open(escape), "lies outside");
        Files.write(tmp.resolve("short.bin"), new byte[2]);
        Path shortExt = model("ext.onnx", new Msg().msg(5, new Msg().varint(1, 1).varint(1, 1).varint(2, 1).str(8, "w")
                .msg(13, new Msg().str(1, "location").str(2, "short.bin")).varint(14, 1)));
        assertFormatError(shortExt, "w", () -> TensorSource.open(shortExt), "runs past the end of 'short.bin'");
        byte[] whole = new Msg().msg(7, new Msg().msg(5, tensor("w", 2, 2, f32(1, 2, 3, 4)))).build();
        Path truncated = tmp.resolve("truncated.onnx");
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length - 5));
        assertFormatError(truncated, null, () -> TensorSource.open(truncated), "not a valid ONNX");
        Path noGraph = tmp.resolve("nograph.onnx");
        Files.write(noGraph, new Msg().varint(1, 8).build());
        assertFormatError(noGraph, null, () -> TensorSource.open(noGraph), "without a graph");
        Path fnuz = model("fnuz.onnx", new Msg().msg(5, new Msg().varint(1, 1).varint(1, 2).varint(2, 18).str(8, "w")
                .bytes(9, new byte[2])));
        try (TensorSource s = TensorSource.open(fnuz)) {
            assertFormatError(fnuz, "w", () -> s.mask("w"), "unsupported dtype ONNX data type 18");
        }
    }
}
