package org.supcert.io;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Opens NumPy files: a single .npy (memory-mapped; its tensor is named after the file, without
 * {@code .npy}) and .npz archives (stored or deflated members, Zip64 through {@link ZipFile}; each
 * {@code name.npy} member is the tensor {@code name}; other members are ignored).
 */
final class NpyFormat {
    /** Bytes read at once when reading a member header: one read covers a typical header. */
    private static final int NPZ_HEADER_READ = 1024;

    private NpyFormat() {}

    static TensorSource openNpy(Path file) throws IOException {
        String name = stem(file.getFileName().toString(), ".npy");
        FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
        try {
            long size = ch.size();
            NpyHeader h;
            // The channel stream is not closed here: closing it would close the channel.
            InputStream in = new BufferedInputStream(Channels.newInputStream(ch.position(0)), 4096);
            h = NpyHeader.read(in, size, file, name);
            h.checkDataLength(size - h.dataOffset, file, name);
            StoredTensor t = new StoredTensor(file, new TensorInfo(name, h.dtypeName(), h.shape, h.type != null),
                    h.type, h.order, h.fortran, ByteRegion.mapped(ch, h.dataOffset, size - h.dataOffset));
            return new StoredTensors(file, List.of(t), List.of(ch));
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    static TensorSource openNpz(Path file) throws IOException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new FormatException(file, "not a readable .npz (zip) archive: " + e.getMessage());
        }
        try {
            List<StoredTensor> tensors = new ArrayList<>();
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (e.isDirectory() || !e.getName().endsWith(".npy")) continue;
                tensors.add(member(file, zip, e));
            }
            return new StoredTensors(file, tensors, List.<Closeable>of(zip));
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    private static StoredTensor member(Path file, ZipFile zip, ZipEntry e) throws IOException {
        String name = stem(e.getName(), ".npy");
        long size = e.getSize();
        if (size < 0) throw new FormatException(file, name, "zip member has no recorded size");
        NpyHeader h;
        try (InputStream in = new BufferedInputStream(zip.getInputStream(e), NPZ_HEADER_READ)) {
            h = NpyHeader.read(in, size, file, name);
        } catch (ZipException z) {
            throw new FormatException(file, name, "corrupt zip member: " + z.getMessage(), z);
        }
        h.checkDataLength(size - h.dataOffset, file, name);
        ByteRegion data = ByteRegion.zipMember(zip, e, h.dataOffset, size - h.dataOffset);
        return new StoredTensor(file, new TensorInfo(name, h.dtypeName(), h.shape, h.type != null),
                h.type, h.order, h.fortran, data);
    }

    static String stem(String name, String ext) {
        return name.endsWith(ext) ? name.substring(0, name.length() - ext.length()) : name;
    }
}
