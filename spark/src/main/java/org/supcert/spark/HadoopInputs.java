package org.supcert.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.supcert.io.InputException;

/**
 * certify-all's inputs on Hadoop file systems: listing them on the driver, and making one readable
 * by the readers on an executor. A local file (file: or no scheme) is read in place, so the model
 * readers memory-map it; a remote one (hdfs:, s3a:, ...) is first copied to the executor's temporary
 * directory, within {@link #MAX_COPY_BYTES}.
 */
final class HadoopInputs {
    /** Largest remote input copied to an executor. */
    static final long MAX_COPY_BYTES = 64L << 30;
    /** Largest --from list, and most inputs it may name. */
    static final long MAX_LIST_BYTES = 64L << 20;
    static final int MAX_INPUTS = 10_000_000;
    /** Files of a listed directory that are inputs. */
    private static final List<String> SUFFIXES = List.of(".json", ".safetensors", ".npz", ".npy", ".mtx");
    /** A directory holding one of these is one model (as certify reads it), not a directory of inputs. */
    private static final Set<String> MODEL_DIR = Set.of("model.safetensors", "model.safetensors.index.json");
    /** Shards of a sharded safetensors model, read through their index. */
    private static final Pattern SHARD = Pattern.compile(".*-[0-9]+-of-[0-9]+\\.safetensors");

    private HadoopInputs() {}

    /** An input to verify, or one that could not be listed (then {@code error} says why). */
    record Listed(String path, String error) implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** The inputs in order: each argument, directories expanded to their input files by name. */
    static List<Listed> list(Configuration conf, List<String> args, String from) {
        List<String> all = new ArrayList<>(args);
        if (from != null) all.addAll(readList(conf, from));
        List<Listed> out = new ArrayList<>();
        for (String a : all) {
            try {
                Path p = hadoopPath(a);
                FileSystem fs = p.getFileSystem(conf);
                FileStatus st = fs.getFileStatus(p);
                if (!st.isDirectory() || isModelDir(fs, p)) {
                    out.add(new Listed(a, null));
                    continue;
                }
                FileStatus[] files = fs.listStatus(p);
                Arrays.sort(files, Comparator.comparing(f -> f.getPath().getName()));
                boolean sharded = Arrays.stream(files).anyMatch(f -> f.getPath().getName().endsWith(".safetensors.index.json"));
                for (FileStatus f : files) {
                    String n = f.getPath().getName();
                    if (f.isDirectory() || n.startsWith(".") || n.startsWith("_")) continue;
                    if (SUFFIXES.stream().noneMatch(s -> n.toLowerCase(Locale.ROOT).endsWith(s))) continue;
                    if (sharded && SHARD.matcher(n).matches()) continue;
                    out.add(new Listed(a.endsWith("/") ? a + n : a + "/" + n, null));
                }
            } catch (IOException e) {
                out.add(new Listed(a, "cannot list " + a + ": " + oneLine(e)));
            } catch (InputException e) { // a malformed path: reported as that input's error row
                out.add(new Listed(a, e.getMessage()));
            }
            if (out.size() > MAX_INPUTS) throw InputException.of("more than " + MAX_INPUTS + " inputs");
        }
        return out;
    }

    private static boolean isModelDir(FileSystem fs, Path dir) throws IOException {
        for (String n : MODEL_DIR) if (fs.exists(new Path(dir, n))) return true;
        return false;
    }

    /** The --from list: one path a line; blank lines and lines starting with '#' are skipped. */
    static List<String> readList(Configuration conf, String from) {
        try {
            Path p = hadoopPath(from);
            FileSystem fs = p.getFileSystem(conf);
            long size = fs.getFileStatus(p).getLen();
            if (size > MAX_LIST_BYTES) throw InputException.of(from + ": " + size + " bytes, more than a list of inputs may have (" + MAX_LIST_BYTES + ")");
            List<String> out = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(fs.open(p), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    String t = line.strip();
                    if (!t.isEmpty() && !t.startsWith("#")) out.add(t);
                }
            }
            return out;
        } catch (IOException e) {
            throw InputException.of("--from " + from + ": " + oneLine(e));
        }
    }

    /**
     * Runs {@code read} on a local form of the input: the file itself when its file system is local,
     * else a copy in a temporary directory (deleted afterwards) under the input's own file name.
     */
    static <T> T withLocal(Configuration conf, String input, Function<java.nio.file.Path, T> read) throws IOException {
        Path p = hadoopPath(input);
        FileSystem fs = p.getFileSystem(conf);
        if ("file".equals(fs.getScheme())) return read.apply(java.nio.file.Path.of(fs.makeQualified(p).toUri()));
        FileStatus st = fs.getFileStatus(p);
        if (st.isDirectory()) {
            throw InputException.of(input + ": a model directory must be on a local or mounted file system; "
                    + "give its files, or the index of a sharded model with its shards beside it on a local path");
        }
        if (st.getLen() > MAX_COPY_BYTES) {
            throw InputException.of(input + ": " + st.getLen() + " bytes, more than a remote input may have (" + MAX_COPY_BYTES + ")");
        }
        java.nio.file.Path dir = Files.createTempDirectory("supcert-input");
        java.nio.file.Path local = dir.resolve(p.getName());
        try {
            if (dir.toFile().getUsableSpace() < st.getLen()) {
                throw InputException.of(input + ": " + st.getLen() + " bytes do not fit in the executor's " + dir.getParent());
            }
            try (InputStream in = fs.open(p); OutputStream o = Files.newOutputStream(local)) {
                byte[] buf = new byte[1 << 16];
                long left = st.getLen();
                for (int n; left > 0 && (n = in.read(buf, 0, (int) Math.min(buf.length, left))) > 0; left -= n) o.write(buf, 0, n);
            }
            return read.apply(local);
        } finally {
            Files.deleteIfExists(local);
            Files.deleteIfExists(dir);
        }
    }

    /** Writes a text file (JSON lines, a summary) on the driver; any Hadoop path. */
    static void write(Configuration conf, String path, String text) {
        Path p = hadoopPath(path);
        try {
            FileSystem fs = p.getFileSystem(conf);
            try (FSDataOutputStream out = fs.create(p, true)) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException(path + ": cannot write: " + oneLine(e), e));
        }
    }

    /** Hadoop's Path of a user's text; a malformed URI (Hadoop's IllegalArgumentException) is an input error. */
    private static Path hadoopPath(String text) {
        try {
            return new Path(text);
        } catch (IllegalArgumentException e) {
            throw InputException.of(text + ": not a path or URI (" + e.getMessage() + ")");
        }
    }

    static String oneLine(Exception e) {
        return InputException.oneLine(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
}
