package org.supcert.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.supcert.support.families.FamilySpec;
import org.supcert.support.io.SupportFile;
import org.supcert.network.ModelNetwork;
import org.supcert.support.SupportChain;

/** Reads the supports named on a command line: files and --family shorthands, all before any work. */
final class Inputs {
    private Inputs() {}

    static List<SupportChain> read(List<Path> files, List<String> families) {
        List<SupportChain> out = new ArrayList<>();
        for (String f : families) out.add(FamilySpec.parse(f));
        for (Path p : files) {
            if (ModelNetwork.isModelFile(p)) {
                throw new IllegalArgumentException(p + ": is a model file, not a supcert/v1 support file; certify its "
                        + "network with: supcert certify " + p + " (report and ci take model files too)");
            }
            out.add(SupportFile.read(p).support());
        }
        if (out.isEmpty()) throw new IllegalArgumentException("no input: give support files or --family SPEC");
        return out;
    }
}
