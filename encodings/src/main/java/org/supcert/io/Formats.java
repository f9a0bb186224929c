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
    static final String TORCH_INDEX = "pytorch_model.bin.index.json";
    static final String TORCH_FILE = "pytorch_model.bin";

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
            // .bin is any binary: a PyTorch checkpoint by its content (zip with data.pkl, or a legacy pickle)
            if ((lower.endsWith(".pt") || lower.endsWith(".pth")) || (lower.endsWith(".bin") && isTorchContent(file, head))) {
                return PyTorchFormat.open(file, head);
            }
            if (lower.endsWith(".onnx")) return OnnxFormat.open(file);
            if (NpyHeader.startsWithMagic(head)) return NpyFormat.openNpy(file);
            if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 || head[2] == 5)) {
                return PyTorchFormat.isTorchZip(file) ? PyTorchFormat.open(file, head) : NpyFormat.openNpz(file);
            }
            if (head.length >= 2 && head[0] == (byte) 0x80 && head[1] >= 2 && head[1] <= 5) throw PyTorchFormat.legacy(file);
            String text = new String(head, StandardCharsets.ISO_8859_1);
            if (text.regionMatches(true, 0, MatrixMarketHeader.BANNER, 0, MatrixMarketHeader.BANNER.length())) {
                return MatrixMarketSource.openFile(file);
            }
            if (head.length >= 9 && head[8] == '{') return SafetensorsFormat.open(file);
            throw new FormatException(file, "unrecognised format (expected .npy, .npz, .safetensors, "
                    + MODEL_INDEX + ", PyTorch .pt/.pth/.bin, " + TORCH_INDEX + ", .onnx or MatrixMarket .mtx)");
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
        Path torchIndex = dir.resolve(TORCH_INDEX);
        if (Files.isRegularFile(torchIndex)) return ShardedSafetensors.open(torchIndex);
        Path torch = dir.resolve(TORCH_FILE);
        if (Files.isRegularFile(torch)) return open(torch);
        throw new FormatException(dir, "directory holds none of " + MODEL_INDEX + ", " + MODEL_FILE + ", " + TORCH_INDEX
                + ", " + TORCH_FILE);
    }

    private static boolean isTorchContent(Path file, byte[] head) {
        if (head.length >= 2 && head[0] == (byte) 0x80) return true;
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && PyTorchFormat.isTorchZip(file);
    }

    static boolean isTorchName(String lower) {
        return lower.endsWith(".pt") || lower.endsWith(".pth") || lower.endsWith(".bin");
    }

    /** One shard of a sharded model: safetensors or a PyTorch checkpoint, by its extension. */
    static StoredTensors openShard(Path shard) throws IOException {
        String lower = shard.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!isTorchName(lower)) return SafetensorsFormat.open(shard);
        byte[] head;
        try (InputStream in = Files.newInputStream(shard)) {
            head = in.readNBytes(16);
        }
        return PyTorchFormat.open(shard, head);
    }
}
