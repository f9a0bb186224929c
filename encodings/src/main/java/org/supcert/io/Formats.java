package org.supcert.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Recognises a file's format by its extension, else by its content, and opens it. */
final class Formats {
    static final String INDEX_SUFFIX = ".index.json";
    static final String MODEL_INDEX = "model.safetensors.index.json";
    static final String MODEL_FILE = "model.safetensors";

    private Formats() {}

    static TensorSource open(Path file) {
        if (file == null) throw new FormatException(null, "no file given");
        try {
            if (Files.isDirectory(file)) return openDirectory(file);
            if (!Files.exists(file)) throw new FormatException(file, "no such file");
            if (!Files.isRegularFile(file)) {
                // /dev/zero never ends and a FIFO blocks: refuse both before reading a byte
                throw new FormatException(file, StrictJson.NOT_REGULAR);
            }
            if (!Files.isReadable(file)) throw new FormatException(file, "cannot read the file (permission denied)");
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(16);
            }
            String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
            // A known extension decides (a safetensors length field could look like a zip signature);
            // content decides for any other name.
            if (lower.endsWith(INDEX_SUFFIX)) return ShardedSafetensors.open(file);
            if (lower.endsWith(".safetensors")) return SafetensorsFormat.open(file);
            if (lower.endsWith(".npy")) return NpyFormat.openNpy(file);
            if (lower.endsWith(".npz")) return NpyFormat.openNpz(file);
            if (lower.endsWith(".mtx") || lower.endsWith(".mm")) return MatrixMarketSource.openFile(file);
            if (NpyHeader.startsWithMagic(head)) return NpyFormat.openNpy(file);
            if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 || head[2] == 5)) {
                return NpyFormat.openNpz(file);
            }
            String text = new String(head, StandardCharsets.ISO_8859_1);
            if (text.regionMatches(true, 0, MatrixMarketHeader.BANNER, 0, MatrixMarketHeader.BANNER.length())) {
                return MatrixMarketSource.openFile(file);
            }
            if (head.length >= 9 && head[8] == '{') return SafetensorsFormat.open(file);
            throw new FormatException(file, "unrecognised format (expected .npy, .npz, .safetensors, "
                    + MODEL_INDEX + " or MatrixMarket .mtx)");
        } catch (NoSuchFileException e) {
            throw new FormatException(file, null, "no such file", e);
        } catch (AccessDeniedException e) {
            throw new FormatException(file, null, "cannot read the file (permission denied)", e);
        } catch (IOException e) {
            throw new FormatException(file, null, "cannot read: " + e.getMessage(), e);
        }
    }

    private static TensorSource openDirectory(Path dir) throws IOException {
        Path index = dir.resolve(MODEL_INDEX);
        if (Files.isRegularFile(index)) return ShardedSafetensors.open(index);
        Path single = dir.resolve(MODEL_FILE);
        if (Files.isRegularFile(single)) return SafetensorsFormat.open(single);
        throw new FormatException(dir, "directory holds neither " + MODEL_INDEX + " nor " + MODEL_FILE);
    }
}
