package org.supcert.reports.assembly;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.supcert.io.InputException;
import org.supcert.support.families.FamilySpec;
import org.supcert.support.io.SupportFile;
import org.supcert.network.ModelNetwork;
import org.supcert.network.Orientation;
import org.supcert.support.SupportChain;

/**
 * Reads the inputs of "report" and "ci" one by one, keeping each input's error instead of stopping:
 * a report shows an unreadable input as an error entry (JUnit: error) next to the others' verdicts.
 * A model file becomes the supports of its network ({@link ModelNetwork#supports()}: every pair of
 * consecutive layers and the chain), all with the file as source, so their keys are
 * {@code FILE#fc1.weight->fc2.weight}; an ambiguous network is that file's input error.
 */
public final class ReportInputs {
    /** One input: its source as given, and either the support or the error message. */
    public record Input(String source, SupportChain support, String error) {}

    private ReportInputs() {}

    /**
     * The supports of check: files and --family shorthands, all read before any work; the first
     * problem is an {@link InputException}. A model file is refused with the command that takes it.
     */
    public static List<SupportChain> supports(List<Path> files, List<String> families) {
        List<SupportChain> out = new ArrayList<>();
        for (String f : families) out.add(FamilySpec.parse(f));
        for (Path p : files) {
            if (ModelNetwork.isModelFile(p)) {
                throw new InputException(p, "is a model file, not a supcert/v1 support file; certify its "
                        + "network with: supcert certify " + p + " (report and ci take model files too)");
            }
            out.add(SupportFile.read(p).support());
        }
        if (out.isEmpty()) throw InputException.of("no input: give support files or --family SPEC");
        return out;
    }

    /** The inputs of report and ci, each with its support or its error. */
    public static List<Input> read(List<Path> files, List<String> families) {
        List<Input> out = new ArrayList<>();
        for (String f : families) {
            String source = "--family " + f;
            try {
                out.add(new Input(source, FamilySpec.parse(f), null));
            } catch (InputException e) {
                out.add(new Input(source, null, InputException.oneLine(e.getMessage())));
            }
        }
        for (Path p : files) {
            String source = p.toString();
            try {
                if (ModelNetwork.isModelFile(p)) {
                    ModelNetwork n = ModelNetwork.read(p, List.of(), List.of(), Orientation.AUTO);
                    for (SupportChain s : n.supports()) out.add(new Input(source, s, null));
                } else {
                    out.add(new Input(source, SupportFile.read(p).support(), null));
                }
            } catch (InputException | UncheckedIOException e) {
                out.add(new Input(source, null, InputException.oneLine(e.getMessage())));
            }
        }
        if (out.isEmpty()) throw InputException.of("no input: give support files or --family SPEC");
        return out;
    }
}
