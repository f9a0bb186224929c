package org.supcert.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Decodes the elements of a {@link ByteRegion} of one {@link DType} and byte order. */
final class ElementDecoder {
    private static final double TWO_64 = 0x1p64;

    private ElementDecoder() {}

    /** Calls the sink once per element, in storage order. */
    static void scan(ByteRegion region, DType type, ByteOrder order, ElementSink sink) throws IOException {
        long[] next = {0};
        region.forEachChunk(type.size(), chunk -> {
            ByteBuffer b = chunk.order(order);
            next[0] = decode(b, b.position(), b.limit(), type, next[0], sink);
        });
    }

    private static long decode(ByteBuffer b, int from, int to, DType type, long index, ElementSink sink) {
        long k = index;
        switch (type) {
            case BOOL:
                for (int p = from; p < to; p++) sink.accept(k++, b.get(p) != 0 ? 1 : 0, 0);
                break;
            case I8:
                for (int p = from; p < to; p++) sink.accept(k++, b.get(p), 0);
                break;
            case U8:
                for (int p = from; p < to; p++) sink.accept(k++, b.get(p) & 0xff, 0);
                break;
            case I16:
                for (int p = from; p < to; p += 2) sink.accept(k++, b.getShort(p), 0);
                break;
            case U16:
                for (int p = from; p < to; p += 2) sink.accept(k++, b.getShort(p) & 0xffff, 0);
                break;
            case I32:
                for (int p = from; p < to; p += 4) sink.accept(k++, b.getInt(p), 0);
                break;
            case U32:
                for (int p = from; p < to; p += 4) sink.accept(k++, b.getInt(p) & 0xffffffffL, 0);
                break;
            case I64:
                for (int p = from; p < to; p += 8) sink.accept(k++, b.getLong(p), 0);
                break;
            case U64:
                for (int p = from; p < to; p += 8) {
                    long v = b.getLong(p);
                    sink.accept(k++, v >= 0 ? v : v + TWO_64, 0);
                }
                break;
            case F16:
                for (int p = from; p < to; p += 2) sink.accept(k++, DType.halfToFloat(b.getShort(p)), 0);
                break;
            case BF16:
                for (int p = from; p < to; p += 2) sink.accept(k++, DType.bfloat16ToFloat(b.getShort(p)), 0);
                break;
            case F8_E4M3:
                for (int p = from; p < to; p++) sink.accept(k++, DType.e4m3ToFloat(b.get(p)), 0);
                break;
            case F8_E5M2:
                for (int p = from; p < to; p++) sink.accept(k++, DType.e5m2ToFloat(b.get(p)), 0);
                break;
            case F8_E8M0:
                for (int p = from; p < to; p++) sink.accept(k++, DType.e8m0ToFloat(b.get(p)), 0);
                break;
            case F32:
                for (int p = from; p < to; p += 4) sink.accept(k++, b.getFloat(p), 0);
                break;
            case F64:
                for (int p = from; p < to; p += 8) sink.accept(k++, b.getDouble(p), 0);
                break;
            case C64:
                for (int p = from; p < to; p += 8) sink.accept(k++, b.getFloat(p), b.getFloat(p + 4));
                break;
            case C128:
                for (int p = from; p < to; p += 16) sink.accept(k++, b.getDouble(p), b.getDouble(p + 8));
                break;
            default:
                throw new IllegalStateException("no decoder for " + type);
        }
        return k;
    }
}
