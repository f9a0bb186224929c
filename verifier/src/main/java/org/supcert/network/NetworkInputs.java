package org.supcert.network;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.supcert.io.InputException;
import org.supcert.io.StrictJson;
import org.supcert.support.io.SupportFile;

/**
 * The network a command names: a model file with its layer options, or a supcert/v1 support file's
 * chain; and the JSON layer list of {@code certify --layers-file}.
 */
public final class NetworkInputs {
    private NetworkInputs() {}

    /** A model file's network, or the chain of a supcert/v1 support file (which takes no layer options). */
    public static ModelNetwork open(Path model, List<String> order, List<String> flip, Orientation orientation) {
        if (ModelNetwork.isModelFile(model)) return ModelNetwork.read(model, order, flip, orientation);
        if (!order.isEmpty() || !flip.isEmpty() || orientation != Orientation.AUTO) {
            throw new InputException(model, "--layers, --transpose and --orientation do not apply to a "
                    + "supcert/v1 support file: its factors W_1 ... W_L are in product order, the network is "
                    + "x -> W_1 relu(... W_L x)");
        }
        return ModelNetwork.ofChain(model, SupportFile.read(model).support());
    }

    /** {"layers": [NAME | {"name", "transpose"}...], "transpose": [NAME...]} or a bare list of the same entries. */
    public static void readLayersFile(Path file, List<String> order, List<String> flip) {
        JsonNode root = StrictJson.read(file);
        JsonNode list = root != null && root.isObject() ? root.get("layers") : root;
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new InputException(file, "expected {\"layers\": [NAME, ...]} or a list of layer names");
        }
        for (JsonNode e : list) {
            if (e.isTextual()) {
                order.add(e.asText());
            } else if (e.isObject() && e.has("name") && e.get("name").isTextual()) {
                order.add(e.get("name").asText());
                JsonNode t = e.get("transpose");
                if (t != null && !t.isBoolean()) throw new InputException(file, "layer '" + e.get("name").asText() + "': \"transpose\" is not true or false");
                if (t != null && t.asBoolean()) flip.add(e.get("name").asText());
            } else {
                throw new InputException(file, "layer entry " + e + " is neither a name nor {\"name\", \"transpose\"}");
            }
        }
        JsonNode t = root.isObject() ? root.get("transpose") : null;
        if (t != null) {
            if (!t.isArray()) throw new InputException(file, "\"transpose\" is not a list of layer names");
            for (JsonNode e : t) {
                if (!e.isTextual()) throw new InputException(file, "\"transpose\" entry " + e + " is not a name");
                flip.add(e.asText());
            }
        }
    }
}
