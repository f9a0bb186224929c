package org.supcert.cases;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supcert.io.FormatException;
import org.supcert.io.GraphWeight;
import org.supcert.io.ModelMasks;
import org.supcert.io.TensorSource;
import org.supcert.support.Mask;

/** The readers on files written by the real PyTorch, ONNX and NumPy (see models/make_models.py). */
class ModelFixturesTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void copy() {
        ModelFixtures.copyAll(dir);
    }

    /** fc1, fc2, fc3 of the pruned MLP as PyTorch stores them (out x in), from the .npz NumPy wrote. */
    private static List<Mask> expected() {
        try (TensorSource npz = TensorSource.open(dir.resolve("mlp.npz"))) {
            return List.of(npz.mask("fc1.weight"), npz.mask("fc2.weight"), npz.mask("fc3.weight"));
        }
    }

    @Test
    void everyFormatOfTheMlpHoldsTheSameMasks() {
        List<Mask> want = expected();
        assertEquals(List.of(8, 6), List.of(want.get(0).rows(), want.get(0).cols()));
        for (String f : List.of("mlp_pruned.pt", "pytorch_model.bin", "mlp.onnx", "mlp.safetensors",
                "sharded/pytorch_model.bin.index.json")) {
            try (TensorSource s = TensorSource.open(dir.resolve(f))) {
                ModelMasks m = ModelMasks.of(s);
                assertEquals(List.of("fc1.weight", "fc2.weight", "fc3.weight"), m.layers(), f);
                for (int k = 0; k < 3; k++) {
                    assertEquals(want.get(k), m.mask("fc" + (k + 1) + ".weight").mask(), f + " fc" + (k + 1));
                }
            }
        }
        try (TensorSource s = TensorSource.open(dir.resolve("mlp_pruned.pt"))) {
            assertEquals("fc1.weight_mask", ModelMasks.of(s).tensorOf("fc1.weight"));
        }
    }

    @Test
    void onnxGraphsGiveOrderAndOrientation() {
        try (TensorSource s = TensorSource.open(dir.resolve("mlp.onnx"))) {
            List<GraphWeight> g = s.graphWeights();
            assertEquals(List.of("fc1.weight", "fc2.weight", "fc3.weight"), g.stream().map(GraphWeight::tensor).toList());
            assertTrue(g.stream().noneMatch(GraphWeight::inByOut), g::toString); // Gemm transB = 1
        }
        List<Mask> want = expected();
        try (TensorSource s = TensorSource.open(dir.resolve("mlp_matmul.onnx"))) { // external data
            List<GraphWeight> g = s.graphWeights();
            assertEquals(3, g.size(), g::toString);
            assertTrue(g.stream().allMatch(GraphWeight::inByOut), g::toString); // MatMul's B is in x out
            for (int k = 0; k < 3; k++) assertEquals(want.get(k).transpose(), s.mask(g.get(k).tensor()));
        }
    }

    @Test
    void stridedViewsAndStorageOffsetsReadAsNumpySeesThem() {
        try (TensorSource views = TensorSource.open(dir.resolve("views.pt"));
                TensorSource npz = TensorSource.open(dir.resolve("views_expected.npz"))) {
            for (String t : List.of("t.weight", "slice.weight", "step.weight")) {
                assertArrayEquals(npz.info(t).shape(), views.info(t).shape(), t);
                assertArrayEquals(npz.dense(t).data(), views.dense(t).data(), t);
                assertEquals(npz.mask(t), views.mask(t), t);
            }
        }
    }

    @Test
    void wholeModelAndLegacyFilesAreRefusedWithAdvice() {
        FormatException whole = assertThrows(FormatException.class, () -> TensorSource.open(dir.resolve("whole_model.pt")));
        assertTrue(whole.getMessage().contains("pickled model object") && whole.getMessage().contains("state_dict()"),
                whole::getMessage);
        FormatException legacy = assertThrows(FormatException.class, () -> TensorSource.open(dir.resolve("legacy.pt")));
        assertTrue(legacy.getMessage().contains("legacy PyTorch file") && legacy.getMessage().contains("safetensors"),
                legacy::getMessage);
    }

    @Test
    void gpt2ConvOneDWeightsAreReadAsStored() {
        try (TensorSource s = TensorSource.open(dir.resolve("gpt2_mlp.pt"))) {
            assertArrayEquals(new long[] {6, 8}, s.info("h.0.mlp.c_fc.weight").shape());
            assertArrayEquals(new long[] {8, 6}, s.info("h.0.mlp.c_proj.weight").shape());
        }
    }
}
