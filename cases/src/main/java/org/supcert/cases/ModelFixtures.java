package org.supcert.cases;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Model files written by the real libraries (PyTorch 1.13, ONNX 1.12, NumPy) with
 * {@code models/make_models.py} beside them: one pruned MLP 6 -> 8 -> 5 -> 3 in every format, and
 * edge cases (GPT-2 Conv1D weights, strided views, a whole-model pickle, the legacy format).
 */
public final class ModelFixtures {
    /** Every fixture, as resource names relative to the models folder. */
    public static final List<String> FILES = List.of("mlp_pruned.pt", "pytorch_model.bin", "mlp.onnx", "mlp_matmul.onnx",
            "mlp_matmul.onnx.data", "mlp.safetensors", "mlp.npz", "gpt2_mlp.pt", "views.pt", "views_expected.npz",
            "whole_model.pt", "legacy.pt", "sharded/pytorch_model-00001-of-00002.bin",
            "sharded/pytorch_model-00002-of-00002.bin", "sharded/pytorch_model.bin.index.json");

    /** The files of the one pruned MLP, in every format (for the sharded one, its index). */
    public static final List<String> MLP = List.of("mlp_pruned.pt", "pytorch_model.bin", "mlp.onnx", "mlp_matmul.onnx",
            "mlp.safetensors", "mlp.npz", "sharded/pytorch_model.bin.index.json");

    private ModelFixtures() {}

    /** Copies every fixture into {@code dir} (keeping the sharded/ folder) and returns dir. */
    public static Path copyAll(Path dir) {
        try {
            for (String f : FILES) {
                Path target = dir.resolve(f);
                Files.createDirectories(target.getParent());
                try (InputStream in = ModelFixtures.class.getResourceAsStream("models/" + f)) {
                    if (in == null) throw new IllegalStateException("fixture models/" + f + " is missing");
                    Files.copy(in, target);
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
