package org.supcert.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supcert.cases.ModelFixtures;
import org.supcert.io.DType;
import org.supcert.io.FormatException;
import org.supcert.io.TensorWriter;
import org.supcert.support.Mask;
import org.supcert.support.SupportChain;
import org.supcert.verifier.Verdict;
import org.supcert.verifier.Verifier;
import org.supcert.verifier.VerifierOptions;

/** Model files to networks: every format of one MLP, GPT-2 Conv1D, and the ambiguities that stop. */
class ModelNetworkTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void fixtures() {
        ModelFixtures.copyAll(dir);
    }

    private static ModelNetwork read(Path f, Orientation o) {
        return ModelNetwork.read(f, List.of(), List.of(), o);
    }

    private static String describe(ModelNetwork n) {
        StringBuilder s = new StringBuilder();
        for (NetworkLayer l : n.layers()) s.append(l.name()).append(' ').append(l.out()).append('x').append(l.in())
                .append(' ').append(l.mask().nonZeros()).append(' ').append(l.mask()).append('\n');
        return s.toString();
    }

    @Test
    void everyFormatOfThePrunedMlpGivesTheSameNetworkAndVerdicts() {
        ModelNetwork ref = read(dir.resolve("mlp.npz"), Orientation.AUTO);
        assertEquals(LayerOrder.Source.NAMES, ref.order());
        assertEquals(List.of("fc1.weight", "fc2.weight", "fc3.weight"), ref.layers().stream().map(NetworkLayer::name).toList());
        assertEquals(List.of(8, 5, 3), ref.layers().stream().map(NetworkLayer::out).toList());
        assertEquals(List.of(6, 8, 5), ref.layers().stream().map(NetworkLayer::in).toList());
        Verifier v = new Verifier(VerifierOptions.DEFAULTS.withProbeWork(0));
        List<String> refVerdicts = ref.supports().stream().map(s -> s.name() + " " + v.verify(s).status()).toList();
        assertEquals(List.of("fc1.weight->fc2.weight", "fc2.weight->fc3.weight", "fc1.weight->fc2.weight->fc3.weight"),
                ref.supports().stream().map(SupportChain::name).toList());
        for (String f : ModelFixtures.MLP) {
            ModelNetwork n = read(dir.resolve(f), Orientation.AUTO);
            assertEquals(describe(ref), describe(n), f);
            assertEquals(refVerdicts, n.supports().stream().map(s -> s.name() + " " + v.verify(s).status()).toList(), f);
        }
        ModelNetwork onnx = read(dir.resolve("mlp_matmul.onnx"), Orientation.AUTO);
        assertEquals(LayerOrder.Source.GRAPH, onnx.order());
        assertTrue(onnx.origin().stream().allMatch(o -> o.transposed() && o.why().contains("MatMul")), onnx::toString);
        assertEquals("PRUNING_MASK", read(dir.resolve("mlp_pruned.pt"), Orientation.AUTO).origin().get(0).kind());
    }

    @Test
    void gpt2ConvOneDIsTransposedWithoutBeingAsked() {
        ModelNetwork n = read(dir.resolve("gpt2_mlp.pt"), Orientation.AUTO);
        assertEquals(List.of("h.0.mlp.c_fc.weight", "h.0.mlp.c_proj.weight"), n.layers().stream().map(NetworkLayer::name).toList());
        assertEquals(8, n.layers().get(0).out()); // c_fc: 6 -> 8
        assertEquals(6, n.layers().get(0).in());
        assertEquals(6, n.layers().get(1).out());
        assertTrue(n.origin().stream().allMatch(o -> o.transposed() && o.why().contains("GPT-2 Conv1D")), n::toString);
        // the same with the layers named, and with --transpose said explicitly (it means "stored in x out")
        ModelNetwork given = ModelNetwork.read(dir.resolve("gpt2_mlp.pt"), List.of("h.0.mlp.c_fc", "h.0.mlp.c_proj"),
                List.of(), Orientation.AUTO);
        assertEquals(describe(n), describe(given));
        ModelNetwork flipped = ModelNetwork.read(dir.resolve("gpt2_mlp.pt"), List.of(), List.of("h.0.mlp.c_fc", "h.0.mlp.c_proj"),
                Orientation.AUTO);
        assertEquals(describe(n), describe(flipped));
    }

    @Test
    void nanoGptStyleLinearWithGpt2NamesIsNotTransposed() {
        Path f = dir.resolve("nanogpt.safetensors");
        new TensorWriter().put("transformer.h.0.mlp.c_fc.weight", full(8, 6), DType.F32)
                .put("transformer.h.0.mlp.c_proj.weight", full(6, 8), DType.F32).writeSafetensors(f, Map.of());
        ModelNetwork n = read(f, Orientation.AUTO);
        assertEquals(8, n.layers().get(0).out());
        assertFalse(n.origin().get(0).transposed());
    }

    @Test
    void ambiguousOrientationStopsAndNamesTheOptions() {
        Path f = dir.resolve("bottleneck.safetensors");
        new TensorWriter().put("layers.0.weight", full(8, 6), DType.F32).put("layers.1.weight", full(6, 8), DType.F32)
                .writeSafetensors(f, Map.of());
        FormatException e = assertThrows(FormatException.class, () -> read(f, Orientation.AUTO));
        assertTrue(e.getMessage().contains("ambiguous orientation") && e.getMessage().contains("--orientation out-in")
                && e.getMessage().contains("--orientation in-out"), e::getMessage);
        assertEquals(8, read(f, Orientation.OUT_IN).layers().get(0).out());
        assertEquals(6, read(f, Orientation.IN_OUT).layers().get(0).out());
        Path g = dir.resolve("square_proj.safetensors");
        new TensorWriter().put("h.0.attn.c_proj.weight", full(4, 4), DType.F32).writeSafetensors(g, Map.of());
        FormatException sq = assertThrows(FormatException.class, () -> read(g, Orientation.AUTO));
        assertTrue(sq.getMessage().contains("no shape says") && sq.getMessage().contains("--orientation in-out"), sq::getMessage);
    }

    @Test
    void ambiguousOrderStopsAndNamesBothOrders() {
        Path f = dir.resolve("encdec.safetensors");
        new TensorWriter().put("enc", full(8, 6), DType.F32).put("dec", full(6, 8), DType.F32).writeSafetensors(f, Map.of());
        FormatException e = assertThrows(FormatException.class, () -> read(f, Orientation.OUT_IN));
        assertTrue(e.getMessage().contains("ambiguous layer order") && e.getMessage().contains("--layers"), e::getMessage);
    }

    @Test
    void aOneLayerNetworkIsItsLinearSpaceAndAPairIsNotRepeatedAsChain() {
        Path f = dir.resolve("one.safetensors");
        new TensorWriter().put("fc.weight", full(3, 2), DType.F32).writeSafetensors(f, Map.of());
        List<SupportChain> s = read(f, Orientation.AUTO).supports();
        assertEquals(1, s.size());
        Verdict v = new Verifier(VerifierOptions.DEFAULTS.withProbeWork(0)).verify(s.get(0));
        assertEquals("fc.weight", v.name());
        assertEquals(2, read(dir.resolve("gpt2_mlp.pt"), Orientation.AUTO).supports().size() + 1);
    }

    private static Mask full(int rows, int cols) {
        Mask.Builder b = new Mask.Builder(rows, cols);
        for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) b.set(i, j);
        return b.build();
    }
}
