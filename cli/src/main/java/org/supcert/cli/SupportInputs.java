package org.supcert.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The supports named on a command line (a picocli mixin): supcert/v1 files and --family shorthands. */
final class SupportInputs {
    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "supcert/v1 support files (README, \"Support format\"); report and ci also take model files "
                    + "(safetensors, PyTorch .pt/.bin, ONNX, .npz ...: every layer pair and the chain).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--family", paramLabel = "SPEC",
            description = "A family shorthand, e.g. butterfly-split:4096:6, lu:4, monarch:4:4:4:4, dense:4:5:2.")
    List<String> families = new ArrayList<>();
}
