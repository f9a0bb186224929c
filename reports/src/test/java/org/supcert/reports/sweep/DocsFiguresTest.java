package org.supcert.reports.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.supcert.certificate.NamedResult;
import org.supcert.verifier.Status;
import org.supcert.verifier.Verdict;
import org.supcert.verifier.Verifier;

/**
 * The committed sweep figures cannot drift from the commands that produce them (docs/regenerate.sh,
 * the same commands the README shows): the CSV re-serializes to itself, the SVG is exactly the plot
 * of the CSV, and the sparsest and the densest rows are recomputed here, sample by sample at the
 * same seed, and must give the committed counts. These rows are decided by exact rules alone
 * (Z3 is off in sweeps, and nothing there comes near the per-sample time-out), so the check is
 * deterministic; the middle rows, where the bounded corner search works hardest, take the whole
 * run: {@code docs/regenerate.sh --check}. When this test fails, run docs/regenerate.sh and commit.
 */
class DocsFiguresTest {
    private static final Path ROOT = Path.of("..");

    @Test
    void theCommittedSweepsAreWhatTheirCommandsProduce() throws IOException {
        List<String> commands = sweepCommands(Files.readString(ROOT.resolve("docs/regenerate.sh"))).stream()
                .map(c -> c.replace("\"$out/", "docs/").replace("\"", "")).toList();
        List<String> readme = sweepCommands(Files.readString(ROOT.resolve("README.md")));
        assertEquals(commands, readme, "README.md shows other sweep commands than docs/regenerate.sh runs");
        assertEquals(2, commands.size(), "the 16-16-16 sweep and the wide 16-64-16 one beside it");
        for (String command : commands) check(command);
    }

    private static void check(String command) throws IOException {
        Map<String, String> opt = options(command);
        SweepSpec spec = new SweepSpec(SweepSpec.layers(opt.get("--layers")), DensityGrid.parse(opt.get("--density")),
                Integer.parseInt(opt.get("--samples")), Long.parseLong(opt.get("--seed")));
        String csv = Files.readString(ROOT.resolve(opt.get("--csv")));
        SweepTable committed = parse(spec, csv);
        assertEquals(csv, SweepCsv.write(committed), "the CSV is not in the format SweepCsv writes today");
        assertEquals(Files.readString(ROOT.resolve(opt.get("--svg"))), SweepPlot.write(committed),
                "the SVG is not the plot of the committed CSV");

        long timeoutMillis = (long) (Double.parseDouble(opt.getOrDefault("--timeout", "10")) * 1000);
        Verifier verifier = new Verifier(SupportSweep.options(timeoutMillis));
        for (int k : new int[] {0, spec.densities().length - 1}) {
            long[] status = new long[Status.values().length];
            long[] result = new long[NamedResult.values().length];
            for (int i = 0; i < spec.samples(); i++) {
                Verdict v = verifier.verify(SupportSweep.sample(spec, k, i));
                status[v.status().ordinal()]++;
                result[v.result().ordinal()]++;
            }
            for (Status s : Status.values()) {
                assertEquals(committed.count(k, s), status[s.ordinal()], "density " + spec.densities()[k] + ", " + s
                        + ": the committed figure is stale; run docs/regenerate.sh");
            }
            for (NamedResult r : NamedResult.values()) {
                assertEquals(committed.decidedBy(k, r), result[r.ordinal()], "density " + spec.densities()[k]
                        + ", decided by " + r.id() + ": the committed figure is stale; run docs/regenerate.sh");
            }
        }
    }

    /** The "./supcert sweep" commands that write docs/ in a script or README, continuation lines joined, spaces normalized. */
    private static List<String> sweepCommands(String text) {
        List<String> found = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].strip().startsWith("./supcert sweep ")) continue;
            StringBuilder c = new StringBuilder(lines[i].strip());
            while (c.charAt(c.length() - 1) == '\\' && i + 1 < lines.length) {
                c.setLength(c.length() - 1);
                c.append(' ').append(lines[++i].strip());
            }
            String command = c.toString().replaceAll("\\s+", " ").strip();
            if (command.contains("/sweep-")) found.add(command); // the figures' commands (docs/ or the script's $out/), not other examples
        }
        return found;
    }

    private static Map<String, String> options(String command) {
        String[] w = command.split(" ");
        Map<String, String> m = new HashMap<>();
        for (int i = 2; i + 1 < w.length; i += 2) {
            assertTrue(w[i].startsWith("--"), "option expected at '" + w[i] + "' in " + command);
            m.put(w[i], w[i + 1]);
        }
        return m;
    }

    /** The committed CSV as a table (the counts; the probabilities follow from them). */
    private static SweepTable parse(SweepSpec spec, String csv) {
        String[] lines = csv.split("\n");
        assertEquals(SweepCsv.header(), lines[0]);
        assertEquals(spec.densities().length, lines.length - 1, "one row per density of the command");
        long[][] byStatus = new long[lines.length - 1][Status.values().length];
        long[][] byResult = new long[lines.length - 1][NamedResult.values().length];
        for (int k = 1; k < lines.length; k++) {
            String[] f = lines[k].split(",");
            assertEquals(SweepCsv.density(spec.densities()[k - 1]), f[0], "density of row " + k);
            assertEquals(spec.samples(), Long.parseLong(f[1]), "samples of row " + k);
            byStatus[k - 1][Status.CLOSED.ordinal()] = Long.parseLong(f[2]);
            byStatus[k - 1][Status.NOT_CLOSED.ordinal()] = Long.parseLong(f[3]);
            byStatus[k - 1][Status.UNKNOWN.ordinal()] = Long.parseLong(f[4]);
            for (NamedResult r : NamedResult.values()) byResult[k - 1][r.ordinal()] = Long.parseLong(f[7 + r.ordinal()]);
        }
        return new SweepTable(spec, byStatus, byResult, 0, 1);
    }
}
