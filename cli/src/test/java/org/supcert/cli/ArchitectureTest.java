package org.supcert.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The boundaries of STYLE.md, checked on the sources: one package imports Z3, one touches the
 * Vector API, modules import only the modules before them, every package says what it owns.
 */
class ArchitectureTest {
    static final Path ROOT = Path.of("..");
    /** Module -> the org.supcert modules its main code may import (besides its own). */
    static final Map<String, Set<String>> ALLOWED = Map.of(
            "encodings", Set.of(),
            "cases", Set.of("encodings"),
            "numeric", Set.of("encodings"),
            "verifier", Set.of("encodings", "numeric"),
            "reports", Set.of("encodings", "numeric", "verifier", "cases"),
            "bench", Set.of("encodings", "numeric"),
            "cli", Set.of("encodings", "numeric", "verifier", "cases", "reports", "bench"),
            "spark", Set.of("encodings", "numeric", "verifier", "cases", "reports", "cli"));
    /** Top-level packages of each module. */
    static final Map<String, Set<String>> PACKAGES_OF = Map.of(
            "encodings", Set.of("support", "graph", "poly", "io", "exact"),
            "cases", Set.of("cases"),
            "numeric", Set.of("numeric"),
            "verifier", Set.of("verifier", "certificate", "network"),
            "reports", Set.of("reports"),
            "bench", Set.of("bench"),
            "cli", Set.of("cli"),
            "spark", Set.of("spark"));

    record Source(String module, Path path, String pkg, List<String> imports) {}

    static List<Source> sources() {
        List<Source> out = new ArrayList<>();
        for (String module : ALLOWED.keySet()) {
            Path main = ROOT.resolve(module).resolve("src/main/java");
            if (!Files.isDirectory(main)) continue;
            try (Stream<Path> files = Files.walk(main)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    List<String> lines = Files.readAllLines(f);
                    String pkg = lines.stream().filter(l -> l.startsWith("package ")).findFirst().orElse("package ?;");
                    List<String> imports = lines.stream().filter(l -> l.startsWith("import ")).toList();
                    out.add(new Source(module, f, pkg.substring(8, pkg.length() - 1), imports));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    @Test
    void onlyThePolynomialEncodingsImportZ3() {
        List<Source> all = sources();
        assertTrue(all.size() > 60, "found only " + all.size() + " sources: wrong root?");
        assertTrue(all.stream().anyMatch(s -> s.pkg().equals("org.supcert.poly") && s.imports().stream()
                .anyMatch(i -> i.contains("com.microsoft.z3"))), "the Z3 package itself was not seen");
        for (Source s : all) {
            boolean z3 = s.imports().stream().anyMatch(i -> i.contains("com.microsoft.z3"))
                    || readUnchecked(s.path()).contains("com.microsoft.z3.");
            if (z3) assertEquals("org.supcert.poly", s.pkg(), s.path() + " uses Z3");
        }
    }

    @Test
    void onlyTheApplyKernelsUseTheVectorApi() {
        Set<String> users = new TreeSet<>();
        for (Source s : sources()) {
            // a type of the module (imported or qualified); bench's JMH forks name the module in their options
            if (readUnchecked(s.path()).contains("jdk.incubator.vector.")) users.add(s.pkg());
        }
        assertTrue(users.size() <= 1 && users.stream().allMatch(p -> p.startsWith("org.supcert.numeric.apply")),
                "Vector API used in " + users);
    }

    @Test
    void modulesImportOnlyTheModulesBeforeThem() {
        for (Source s : sources()) {
            for (String imp : s.imports()) {
                if (!imp.contains("org.supcert.")) continue;
                String top = imp.replace("import static ", "").replace("import ", "").split("\\.")[2];
                String owner = PACKAGES_OF.entrySet().stream().filter(e -> e.getValue().contains(top)).map(Map.Entry::getKey)
                        .findFirst().orElse("?" + top);
                if (owner.equals(s.module())) continue;
                assertTrue(ALLOWED.get(s.module()).contains(owner), s.path() + " imports " + imp.trim() + " from " + owner);
            }
        }
    }

    @Test
    void onlyTheSparkModuleUsesSpark() {
        for (Source s : sources()) {
            boolean spark = s.imports().stream().anyMatch(i -> i.contains("org.apache.spark.") || i.contains("org.apache.hadoop."));
            if (spark) assertEquals("spark", s.module(), s.path() + " uses Spark: the application jar must not need it");
        }
        assertTrue(sources().stream().anyMatch(s -> s.module().equals("spark")), "the spark module was not seen");
    }

    @Test
    void everyPackageSaysWhatItOwnsAndNoneIsAUtilDump() {
        Set<String> packages = new TreeSet<>();
        Set<String> documented = new TreeSet<>();
        for (Source s : sources()) {
            packages.add(s.pkg());
            if (s.path().getFileName().toString().equals("package-info.java")) documented.add(s.pkg());
        }
        for (String p : packages) {
            assertTrue(documented.contains(p), p + " has no package-info.java");
            assertTrue(!p.matches(".*\\.(util|utils|common|misc|helpers?)$"), p + " is a dumping ground");
        }
    }

    private static String readUnchecked(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
