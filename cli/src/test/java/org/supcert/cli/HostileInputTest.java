package org.supcert.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supcert.io.StrictJson;

/**
 * Every command that reads a file, against the same hostile corpus (JSON nested 1,001 levels deep,
 * a JSON file over the size limit, /dev/zero, an .npz zip bomb, truncated JSON and .npy files, a
 * directory, a FIFO), in a child JVM
 * with a 256 MiB heap: each must end with exit 2, one stderr line naming the file, within a
 * bounded time, and without running out of memory (an OutOfMemoryError would surface as exit -1).
 */
class HostileInputTest {
    private static final long MAX_MILLIS_PER_COMMAND = 30_000;

    @TempDir
    Path dir;

    @Test
    void everyReadingCommandRefusesEveryHostileInputWithExitTwoAndOneLine() throws Exception {
        List<Path> corpus = corpus();
        Path support = Files.writeString(dir.resolve("lu.json"), "{\"supcert\": 1, \"family\": \"lu:4\"}");
        Path cert = dir.resolve("cert.json");
        CliRun made = CliRun.of("check", "--json", "--out", cert.toString(), CheckCommandTest.CASES.resolve("lu4.json").toString());
        assertEquals(ExitCodes.NOT_CLOSED, made.code(), made::toString);
        String lock = dir.resolve("none.lock").toString();
        String[][] commands = {
            {"check", "@"},
            {"recheck", "@"},
            {"recheck", cert.toString(), "--support", "@"},
            {"ci", "--baseline", "@", "--family", "lu:2"},
            {"ci", "--baseline", lock, "@"},
            {"report", "--json", dir.resolve("r.json").toString(), "@"},
            {"certify", "@"},
            {"certify", "--layers-file", "@", support.toString()},
            {"butterfly", "--target", "@"},
            {"factor", "--target", "@", "--support", support.toString()},
            {"factor", "--target", "hadamard:4", "--support", "@"},
        };
        List<String> lines = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (String[] c : commands) {
            for (Path f : corpus) {
                // certify, report and ci read an .npz model input by streaming its masks: the bomb is a valid
                // all-zero layer there (a model, not a hostile JSON), answered within the child's small heap
                boolean modelInput = c[c.length - 1].equals("@") && !c[c.length - 2].equals("--baseline")
                        && (c[0].equals("certify") || c[0].equals("report") || c[0].equals("ci"));
                if (modelInput && f.toString().endsWith(".npz")) continue;
                List<String> args = new ArrayList<>();
                for (String a : c) args.add(a.equals("@") ? f.toString() : a);
                lines.add(String.join("\t", args));
                labels.add(String.join(" ", args));
            }
        }
        Path script = Files.write(dir.resolve("commands.tsv"), lines);
        List<String> results = runChild(script);
        assertEquals(lines.size(), results.size(), () -> "child reported " + results);
        StringBuilder failures = new StringBuilder();
        for (int k = 0; k < lines.size(); k++) {
            String[] r = results.get(k).split("\t", 4);
            String err = r.length > 3 ? r[3] : "";
            String file = lines.get(k).split("\t")[indexOfHostile(lines.get(k), corpus)];
            boolean ok = r[0].equals("2") && r[2].equals("1") && Long.parseLong(r[1]) < MAX_MILLIS_PER_COMMAND
                    && err.startsWith("supcert: ") && err.contains(file) && !err.contains("internal error")
                    && !err.contains("Exception");
            if (!ok) failures.append("\n  ").append(labels.get(k)).append(" -> exit ").append(r[0]).append(", ")
                    .append(r[1]).append(" ms, ").append(r[2]).append(" line(s): ").append(err);
        }
        assertTrue(failures.length() == 0, "commands that did not end in one exit-2 line naming the file:" + failures);
    }

    private static int indexOfHostile(String line, List<Path> corpus) {
        String[] args = line.split("\t");
        for (int i = 0; i < args.length; i++) for (Path p : corpus) if (args[i].equals(p.toString())) return i;
        throw new IllegalStateException(line);
    }

    private List<String> runChild(Path script) throws IOException, InterruptedException {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        Path log = dir.resolve("child.out");
        Process p = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                HostileInputProbe.class.getName(), script.toString())
                .redirectError(dir.resolve("child.err").toFile()).redirectOutput(log.toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("the hostile corpus took more than 5 minutes; partial report: " + Files.readString(log));
        }
        assertEquals(0, p.exitValue(), () -> "child JVM failed: " + read(dir.resolve("child.err")));
        return Files.readAllLines(log, StandardCharsets.UTF_8);
    }

    private List<Path> corpus() throws IOException, InterruptedException {
        List<Path> out = new ArrayList<>();
        out.add(Files.writeString(dir.resolve("deep.json"), "[".repeat(1001) + "]".repeat(1001)));
        out.add(Files.writeString(dir.resolve("deep-support.json"),
                "{\"supcert\": 1, \"factors\": " + "[".repeat(1001) + "]".repeat(1001) + "}"));
        out.add(Files.writeString(dir.resolve("truncated.json"), "{\"supcert\": 1, \"factors\": [[\"10\", \"1"));
        out.add(truncatedNpy());
        Path huge = dir.resolve("huge.json"); // sparse: over the JSON size limit without using the disk
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(StrictJson.MAX_DOCUMENT_BYTES + 1);
        }
        out.add(huge);
        out.add(zipBomb());
        out.add(Files.createDirectory(dir.resolve("a-directory")));
        Path zero = Path.of("/dev/zero");
        if (Files.exists(zero)) out.add(zero);
        Path fifo = dir.resolve("a-fifo");
        try {
            if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) out.add(fifo);
        } catch (IOException noMkfifo) {
            // not a POSIX system: the FIFO case is left out
        }
        return out;
    }

    /** An .npy whose header declares 64 x 64 doubles, followed by only half of them. */
    private Path truncatedNpy() throws IOException {
        String header = "{'descr': '<f8', 'fortran_order': False, 'shape': (64, 64), }";
        header = header + " ".repeat(118 - header.length()) + "\n";
        Path f = dir.resolve("truncated.npy");
        try (OutputStream o = Files.newOutputStream(f)) {
            o.write(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, (byte) header.length(), 0});
            o.write(header.getBytes(StandardCharsets.ISO_8859_1));
            o.write(new byte[64 * 64 * 8 / 2]);
        }
        return f;
    }

    /**
     * A zip bomb: an .npz of well under a megabyte whose one member inflates to an 8192 x 8192
     * matrix of doubles (512 MiB, 1 GiB as the complex target butterfly reads), twice the heap.
     */
    private Path zipBomb() throws IOException {
        int n = 8192;
        String header = "{'descr': '<f8', 'fortran_order': False, 'shape': (" + n + ", " + n + "), }";
        header = header + " ".repeat(118 - header.length()) + "\n";
        Path f = dir.resolve("bomb.npz");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(f))) {
            z.setLevel(Deflater.BEST_SPEED);
            z.putNextEntry(new ZipEntry("a.npy"));
            z.write(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, (byte) header.length(), 0});
            z.write(header.getBytes(StandardCharsets.ISO_8859_1));
            byte[] zeros = new byte[1 << 20];
            for (long w = 0; w < (long) n * n * 8; w += zeros.length) z.write(zeros);
            z.closeEntry();
        }
        assertTrue(Files.size(f) < 4 << 20, "bomb of " + Files.size(f) + " bytes");
        return f;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }
}
