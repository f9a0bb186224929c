package org.supcert.reports.assembly;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.supcert.io.InputException;
import org.supcert.io.JsonWriters;
import org.supcert.reports.VerdictJson;
import org.supcert.support.io.SupportFile;
import org.supcert.network.LayerPair;
import org.supcert.network.ModelNetwork;
import org.supcert.network.Orientation;
import org.supcert.network.NetworkCertifier;
import org.supcert.network.NetworkLayer;
import org.supcert.network.NetworkReport;
import org.supcert.reports.model.Report;
import org.supcert.reports.model.SupportHash;
import org.supcert.reports.model.SupportReport;
import org.supcert.support.Mask;
import org.supcert.support.SupportChain;
import org.supcert.certificate.NamedResult;
import org.supcert.verifier.Status;
import org.supcert.verifier.Verdict;
import org.supcert.verifier.Verifier;
import org.supcert.verifier.VerifierOptions;

/**
 * certify-all's work on one input, wherever it runs: a supcert/v1 support file is checked as by
 * {@code check}, any other file certified as by {@code certify}; the answer is one JSON line
 * (README, "Spark") and the summary entries of its verdicts. Rows are Serializable so that Spark
 * can ship them; an unreadable input is an error row, never an exception.
 */
public final class InputVerdict {

    private InputVerdict() {}

    /**
     * A verdict as the summary writers need it (no certificate, no components: those are in the line).
     *
     * @param sha256 the content hash of the support decided ({@link SupportHash})
     */
    public record Entry(String name, String shape, String sha256, Status status, NamedResult result, String reason,
            boolean tractable, boolean benignLandscape) implements Serializable {
        private static final long serialVersionUID = 1L;

        static Entry of(SupportChain support, Verdict v) {
            return new Entry(v.name(), v.shape(), SupportHash.sha256(support), v.status(), v.result(), v.reason(),
                    v.tractable(), v.benignLandscape());
        }

        Verdict verdict() {
            return Verdict.summary(name, shape, status, result, reason, tractable, benignLandscape);
        }
    }

    /**
     * One input's answer.
     *
     * @param input   the input as listed
     * @param line    the JSON line, without the newline
     * @param entries the verdicts (empty for an error)
     * @param error   the input error, or null
     */
    public record Row(String input, String line, List<Entry> entries, String error) implements Serializable {
        private static final long serialVersionUID = 1L;

        public Row {
            entries = List.copyOf(entries);
        }
    }

    /**
     * Checks or certifies one input.
     *
     * @param input the name to report (a Hadoop path or URI)
     * @param file  a local copy or the file itself, named as the input is (the suffix decides the reader)
     */
    public static Row of(String input, Path file, VerifierOptions limits) {
        try {
            return ModelNetwork.isModelFile(file) ? certify(input, file, limits) : check(input, file, limits);
        } catch (InputException | UncheckedIOException e) {
            return error(input, InputException.oneLine(e.getMessage()));
        }
    }

    /** The row of an input that could not be read (listed, copied, parsed). */
    public static Row error(String input, String message) {
        ObjectNode o = head(input, "error");
        o.put("error", message);
        return new Row(input, write(o), List.of(), message);
    }

    /** The summary report of the rows in their order (no timings: a function of the inputs alone). */
    public static Report summary(List<Row> rows) {
        List<SupportReport> out = new ArrayList<>();
        for (Row r : rows) {
            if (r.error() != null) out.add(SupportReport.inputError(r.input(), r.error()));
            for (Entry e : r.entries()) out.add(new SupportReport(r.input(), e.name(), e.shape(), e.sha256(), null, e.verdict(), null, null));
        }
        return new Report(ReportBuilder.TOOL, false, out);
    }

    private static Row check(String input, Path file, VerifierOptions limits) {
        SupportChain s = SupportFile.read(file).support();
        Verdict v = new Verifier(limits).verify(s);
        ObjectNode o = head(input, "support");
        ObjectNode verdict = VerdictJson.write(v);
        verdict.remove("seconds"); // the line is a function of the input alone (durations go in write)
        o.set("verdict", verdict);
        return new Row(input, write(o), List.of(Entry.of(s, v)), null);
    }

    private static Row certify(String input, Path file, VerifierOptions limits) {
        ModelNetwork network = ModelNetwork.read(file, List.of(), List.of(), Orientation.AUTO);
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        NetworkReport report = new NetworkCertifier(limits).certify(name, network.layers());
        ObjectNode o = head(input, "model");
        o.set("certify", CertifyOutput.node(report, network));
        List<NetworkLayer> layers = report.layers();
        List<Entry> entries = new ArrayList<>();
        for (int k = 0; k < report.pairs().size(); k++) {
            LayerPair p = report.pairs().get(k);
            entries.add(Entry.of(new SupportChain(p.verdict().name(), List.of(layers.get(k + 1).mask(), layers.get(k).mask())), p.verdict()));
        }
        if (report.pairs().size() != 1) {
            List<Mask> factors = new ArrayList<>();
            for (int k = layers.size() - 1; k >= 0; k--) factors.add(layers.get(k).mask());
            entries.add(Entry.of(new SupportChain(report.chain().name(), factors), report.chain()));
        }
        return new Row(input, write(o), entries, null);
    }

    private static ObjectNode head(String input, String kind) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("input", input);
        o.put("kind", kind);
        return o;
    }

    private static String write(ObjectNode o) {
        return JsonWriters.compact(o);
    }
}
