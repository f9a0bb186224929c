package org.supcert.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Hand-assembled pickles and torch.save-style zips, for tests (opcodes as in CPython's pickle.py). */
final class Pickles {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    static Pickles proto2() {
        Pickles p = new Pickles();
        p.op(0x80).op(2);
        return p;
    }

    Pickles op(int b) {
        out.write(b);
        return this;
    }

    Pickles global(String module, String name) {
        op('c');
        out.writeBytes((module + "\n" + name + "\n").getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** STACK_GLOBAL of two short strings (protocol 4's spelling). */
    Pickles stackGlobal(String module, String name) {
        return str(module).str(name).op(0x93);
    }

    Pickles str(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        op('X');
        out.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(b.length).array());
        out.writeBytes(b);
        return this;
    }

    Pickles integer(long v) {
        op('J');
        out.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt((int) v).array());
        return this;
    }

    Pickles mark() { return op('('); }

    Pickles tuple() { return op('t'); }

    Pickles reduce() { return op('R'); }

    Pickles emptyDict() { return op('}'); }

    Pickles setitems() { return op('u'); }

    Pickles stop() { return op('.'); }

    /** A tuple of integers, as torch pickles sizes and strides. */
    Pickles ints(long... v) {
        mark();
        for (long x : v) integer(x);
        return tuple();
    }

    /** _rebuild_tensor_v2(persistent storage, offset, size, stride, False, OrderedDict()). */
    Pickles tensor(String storageClass, String key, long numel, long offset, long[] size, long[] stride) {
        global("torch._utils", "_rebuild_tensor_v2").mark();
        mark().str("storage").global("torch", storageClass).str(key).str("cpu").integer(numel).tuple().op('Q');
        integer(offset).ints(size).ints(stride).op(0x89);
        global("collections", "OrderedDict").op(')').reduce();
        return tuple().reduce();
    }

    byte[] bytes() { return out.toByteArray(); }

    /** A torch.save-style zip: archive/data.pkl, archive/byteorder, archive/data/KEY (stored). */
    static void torchZip(Path file, byte[] pickle, String byteorder, Map<String, byte[]> storages) throws IOException {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("archive/data.pkl", pickle);
        if (byteorder != null) m.put("archive/byteorder", byteorder.getBytes(StandardCharsets.US_ASCII));
        for (Map.Entry<String, byte[]> e : storages.entrySet()) m.put("archive/data/" + e.getKey(), e.getValue());
        m.put("archive/version", "3\n".getBytes(StandardCharsets.US_ASCII));
        TestFiles.zip(file, m, true);
    }
}
