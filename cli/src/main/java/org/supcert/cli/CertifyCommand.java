package org.supcert.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.supcert.io.StrictJson;
import org.supcert.support.io.SupportFile;
import org.supcert.network.LayerPair;
import org.supcert.network.ModelNetwork;
import org.supcert.network.Orientation;
import org.supcert.network.NetworkCertifier;
import org.supcert.network.NetworkReport;
import org.supcert.reports.CertifyOutput;
import org.supcert.verifier.Status;
import org.supcert.verifier.VerifierOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** supcert certify: does a sparse network's training problem always have an optimum? (docs/theory.md#section-7) */
@Command(name = "certify", mixinStandardHelpOptions = true,
        description = {"Certify a sparse network read from a model file (safetensors, sharded safetensors, PyTorch "
                + ".pt/.pth/.bin and sharded pytorch_model.bin.index.json, ONNX, .npz, .npy, MatrixMarket, supcert/v1 JSON): the closedness of the linear set of each consecutive pair of layers and of the whole "
                + "chain, and what it means for training (docs/theory.md#section-7).",
                "Layers are in PyTorch's Linear orientation (out x in) unless the ONNX graph, GPT-2 Conv1D names, --transpose "
                        + "or --orientation say otherwise; an ambiguous order or orientation is an input error (exit 2)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every linear set CLOSED", "1:some linear set NOT CLOSED (see the network verdict)",
                "2:usage or input error", "3:some linear set UNKNOWN, none NOT CLOSED", "4:internal error"})
final class CertifyCommand implements Callable<Integer> {
    @Parameters(paramLabel = "MODEL", arity = "1", description = "The model file (or a directory with model.safetensors[.index.json]).")
    Path model;

    @Option(names = "--layers", split = ",", paramLabel = "NAME",
            description = "The network's layers in the order data flows, input first (default: every layer, ordered by name or shape).")
    List<String> layers = new ArrayList<>();

    @Option(names = "--layers-file", paramLabel = "F.json",
            description = "The layers as JSON: {\"layers\": [\"fc1\", {\"name\": \"c_fc\", \"transpose\": true}], \"transpose\": [...]} or a bare list.")
    Path layersFile;

    @Option(names = "--transpose", split = ",", paramLabel = "NAME",
            description = "Layers stored in x out (e.g. GPT-2's Conv1D); the default is out x in.")
    List<String> transpose = new ArrayList<>();

    @Option(names = "--orientation", paramLabel = "auto|out-in|in-out", defaultValue = "auto",
            description = "How every layer is stored: out-in (PyTorch Linear), in-out (GPT-2 Conv1D, Keras), or auto "
                    + "(default: the ONNX graph, GPT-2 names and shapes, else out x in; exit 2 when both orientations chain).")
    String orientation;

    @CommandLine.Mixin
    VerifyOptions options = new VerifyOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        VerifierOptions limits = options.verifierOptions();
        List<String> order = new ArrayList<>(layers);
        List<String> flip = new ArrayList<>(transpose);
        if (layersFile != null) {
            if (!layers.isEmpty()) throw new IllegalArgumentException("give the layers with --layers or --layers-file, not both");
            readLayersFile(layersFile, order, flip);
        }
        ModelNetwork network = network(model, order, flip, Orientation.parse(orientation));
        String name = model.getFileName() == null ? model.toString() : model.getFileName().toString();
        NetworkCertifier certifier = new NetworkCertifier(limits);
        NetworkReport report = certifier.certify(name, network.layers());
        String text = options.json ? CertifyOutput.json(report, network) : CertifyOutput.text(report, network);
        options.emit(text, spec.commandLine().getOut());
        return exitCode(report);
    }

    /** A model file's network, or the chain of a supcert/v1 support file (which takes no layer options). */
    static ModelNetwork network(Path model, List<String> order, List<String> flip, Orientation orientation) {
        if (ModelNetwork.isModelFile(model)) return ModelNetwork.read(model, order, flip, orientation);
        if (!order.isEmpty() || !flip.isEmpty() || orientation != Orientation.AUTO) {
            throw new IllegalArgumentException(model + ": --layers, --transpose and --orientation do not apply to a "
                    + "supcert/v1 support file: its factors W_1 ... W_L are in product order, the network is "
                    + "x -> W_1 relu(... W_L x)");
        }
        return ModelNetwork.ofChain(model, SupportFile.read(model).support());
    }

    /** As for check: 1 when any linear set is NOT CLOSED, else 3 when any is UNKNOWN, else 0. */
    static int exitCode(NetworkReport r) {
        List<Status> all = new ArrayList<>();
        for (LayerPair p : r.pairs()) all.add(p.verdict().status());
        all.add(r.chain().status());
        if (all.contains(Status.NOT_CLOSED)) return ExitCodes.NOT_CLOSED;
        if (all.contains(Status.UNKNOWN)) return ExitCodes.UNKNOWN;
        return ExitCodes.OK;
    }

    /** {"layers": [NAME | {"name", "transpose"}...], "transpose": [NAME...]} or a bare list of the same entries. */
    static void readLayersFile(Path file, List<String> order, List<String> flip) {
        JsonNode root = StrictJson.read(file);
        JsonNode list = root != null && root.isObject() ? root.get("layers") : root;
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new IllegalArgumentException(file + ": expected {\"layers\": [NAME, ...]} or a list of layer names");
        }
        for (JsonNode e : list) {
            if (e.isTextual()) {
                order.add(e.asText());
            } else if (e.isObject() && e.has("name") && e.get("name").isTextual()) {
                order.add(e.get("name").asText());
                JsonNode t = e.get("transpose");
                if (t != null && !t.isBoolean()) throw new IllegalArgumentException(file + ": layer '" + e.get("name").asText() + "': \"transpose\" is not true or false");
                if (t != null && t.asBoolean()) flip.add(e.get("name").asText());
            } else {
                throw new IllegalArgumentException(file + ": layer entry " + e + " is neither a name nor {\"name\", \"transpose\"}");
            }
        }
        JsonNode t = root.isObject() ? root.get("transpose") : null;
        if (t != null) {
            if (!t.isArray()) throw new IllegalArgumentException(file + ": \"transpose\" is not a list of layer names");
            for (JsonNode e : t) {
                if (!e.isTextual()) throw new IllegalArgumentException(file + ": \"transpose\" entry " + e + " is not a name");
                flip.add(e.asText());
            }
        }
    }
}
