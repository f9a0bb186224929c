package org.supcert.io;

import java.nio.ByteOrder;
import java.nio.file.Path;

/** One tensor of a binary file: where its bytes are and how to decode them. */
final class StoredTensor {
    final Path file;
    final TensorInfo info;
    final DType type; // null when the file's dtype is not supported
    final ByteOrder order;
    final boolean fortran;
    final ByteRegion region;

    StoredTensor(Path file, TensorInfo info, DType type, ByteOrder order, boolean fortran, ByteRegion region) {
        this.file = file;
        this.info = info;
        this.type = type;
        this.order = order;
        this.fortran = fortran;
        this.region = region;
    }
}
