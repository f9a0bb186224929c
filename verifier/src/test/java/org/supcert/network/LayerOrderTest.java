package org.supcert.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.supcert.support.Mask;

class LayerOrderTest {
    private static NetworkLayer dense(String name, int out, int in) {
        Mask.Builder b = new Mask.Builder(out, in);
        for (int i = 0; i < out; i++) for (int j = 0; j < in; j++) b.set(i, j);
        return new NetworkLayer(name, b.build());
    }

    private static List<String> names(LayerOrder.Ordered o) {
        return o.layers().stream().map(NetworkLayer::name).toList();
    }

    @Test
    void numbersInNamesCompareAsNumbers() {
        List<NetworkLayer> layers = new ArrayList<>();
        for (int k = 0; k < 12; k++) layers.add(dense("layers." + k + ".weight", 3, 3));
        Collections.shuffle(layers, new Random(7));
        LayerOrder.Ordered o = LayerOrder.of(layers);
        assertEquals(LayerOrder.Source.NAMES, o.source());
        assertEquals("layers.10.weight", names(o).get(10), names(o)::toString);
        assertEquals(List.of("fc1", "fc2", "fc10"), names(LayerOrder.of(List.of(dense("fc10", 2, 4), dense("fc1", 5, 3),
                dense("fc2", 4, 5)))));
    }

    @Test
    void namesThatGiveTheOrderMustChain() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LayerOrder.of(List.of(dense("fc1", 4, 3), dense("fc2", 2, 5))));
        assertTrue(e.getMessage().contains("'fc2'") && e.getMessage().contains("'fc1'") && e.getMessage().contains("--layers"),
                e.getMessage());
    }

    @Test
    void textualNamesFallBackToTheOnlyOrderOfTheShapes() {
        LayerOrder.Ordered o = LayerOrder.of(List.of(dense("output", 1, 8), dense("hidden", 8, 5), dense("embed", 5, 3)));
        assertEquals(LayerOrder.Source.SHAPES, o.source());
        assertEquals(List.of("embed", "hidden", "output"), names(o));
    }

    @Test
    void ambiguousOrNoOrderAsksForLayers() {
        IllegalArgumentException amb = assertThrows(IllegalArgumentException.class,
                () -> LayerOrder.of(List.of(dense("encoder", 4, 4), dense("decoder", 4, 4))));
        assertTrue(amb.getMessage().startsWith("ambiguous layer order") && amb.getMessage().contains("--layers"),
                amb.getMessage());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> LayerOrder.of(List.of(dense("q", 4, 3), dense("k", 5, 2))));
        assertTrue(none.getMessage().contains("chain in no order") && none.getMessage().contains("--layers"),
                none.getMessage());
    }

    @Test
    void naturalComparison() {
        assertTrue(LayerOrder.compareNames("h.2.mlp", "h.10.mlp") < 0);
        assertTrue(LayerOrder.compareNames("fc", "fc1") < 0);
        assertTrue(LayerOrder.compareNames("a01", "a1") != 0, "distinct names never compare equal");
    }
}
