package org.supcert.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.supcert.io.InputException;
import org.supcert.network.ModelNetwork;
import org.supcert.network.Orientation;
import org.supcert.network.NetworkCertifier;
import org.supcert.network.NetworkInputs;
import org.supcert.network.NetworkReport;
import org.supcert.reports.assembly.CertifyOutput;
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
            if (!layers.isEmpty()) throw InputException.of("give the layers with --layers or --layers-file, not both");
            NetworkInputs.readLayersFile(layersFile, order, flip);
        }
        ModelNetwork network = NetworkInputs.open(model, order, flip, Orientation.parse(orientation));
        String name = model.getFileName() == null ? model.toString() : model.getFileName().toString();
        NetworkCertifier certifier = new NetworkCertifier(limits);
        NetworkReport report = certifier.certify(name, network.layers());
        String text = options.json ? CertifyOutput.json(report, network) : CertifyOutput.text(report, network);
        options.emit(text, spec.commandLine().getOut());
        return exitCode(report);
    }

    /** As for check: 1 when any linear set is NOT CLOSED, else 3 when any is UNKNOWN, else 0. */
    static int exitCode(NetworkReport r) {
        return ExitCodes.of(java.util.stream.Stream.concat(r.pairs().stream().map(p -> p.verdict().status()),
                java.util.stream.Stream.of(r.chain().status())));
    }
}
