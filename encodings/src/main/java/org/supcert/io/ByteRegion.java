package org.supcert.io;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** The bytes of one tensor's data, delivered in chunks of whole elements, never all at once. */
interface ByteRegion {

    /** Receives consecutive chunks; each holds whole elements between position and limit. */
    interface ChunkConsumer {
        void accept(ByteBuffer chunk) throws IOException;
    }

    /** Length in bytes. */
    long length();

    /** Delivers the bytes in order in chunks whose lengths are multiples of {@code align}. */
    void forEachChunk(int align, ChunkConsumer consumer) throws IOException;

    /** A range of a file, memory-mapped window by window (heap use: none). */
    static ByteRegion mapped(FileChannel channel, long offset, long length) {
        return new ByteRegion() {
            @Override
            public long length() { return length; }

            @Override
            public void forEachChunk(int align, ChunkConsumer consumer) throws IOException {
                long window = (IoLimits.MAP_WINDOW_BYTES / align) * (long) align;
                for (long done = 0; done < length; ) {
                    long n = Math.min(window, length - done);
                    MappedByteBuffer buf = channel.map(FileChannel.MapMode.READ_ONLY, offset + done, n);
                    consumer.accept(buf);
                    done += n;
                }
            }
        };
    }

    /**
     * The bytes of a zip member after its first {@code skip} bytes, streamed (deflated members cannot
     * be mapped). A member shorter than announced is an {@link EOFException}.
     */
    static ByteRegion zipMember(ZipFile zip, ZipEntry entry, long skip, long length) {
        return new ByteRegion() {
            @Override
            public long length() { return length; }

            @Override
            public void forEachChunk(int align, ChunkConsumer consumer) throws IOException {
                int size = Math.max(align, (IoLimits.STREAM_CHUNK_BYTES / align) * align);
                byte[] bytes = new byte[size];
                try (InputStream in = zip.getInputStream(entry)) {
                    long skipped = in.skip(skip);
                    while (skipped < skip) {
                        if (in.read() < 0) throw new EOFException("zip member ends inside its header");
                        skipped++;
                    }
                    for (long done = 0; done < length; ) {
                        int want = (int) Math.min(size, length - done);
                        int got = in.readNBytes(bytes, 0, want);
                        if (got < want) {
                            throw new EOFException("zip member ends after " + (done + got) + " of "
                                    + length + " data bytes");
                        }
                        consumer.accept(ByteBuffer.wrap(bytes, 0, got));
                        done += got;
                    }
                }
            }
        };
    }
}
