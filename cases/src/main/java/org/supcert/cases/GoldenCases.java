package org.supcert.cases;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.supcert.support.io.SupportFile;

/**
 * The golden cases shipped under cases/*.json, with what docs/theory.md proves for each ("expect").
 * Read from the class path, so every module's tests and the CLI see the same files.
 */
public final class GoldenCases {
    private GoldenCases() {}

    /** A golden case: its file name and parsed document. */
    public record Case(String file, SupportFile.Document document) {
        @Override
        public String toString() { return file; }
    }

    /** All golden cases, sorted by file name. */
    public static List<Case> all() {
        URL dir = GoldenCases.class.getClassLoader().getResource("golden");
        if (dir == null) throw new IllegalStateException("golden cases are not on the class path");
        try {
            if ("jar".equals(dir.getProtocol())) {
                String jar = dir.toString().substring(0, dir.toString().indexOf("!/"));
                try (FileSystem fs = FileSystems.newFileSystem(java.net.URI.create(jar), Map.of())) {
                    return read(fs.getPath("golden"));
                }
            }
            return read(Path.of(dir.toURI()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Case> read(Path dir) throws IOException {
        List<Case> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                String name = p.getFileName().toString();
                try (InputStream in = Files.newInputStream(p)) {
                    out.add(new Case(name, SupportFile.parse(in, name.substring(0, name.length() - 5))));
                }
            }
        }
        return out;
    }
}
