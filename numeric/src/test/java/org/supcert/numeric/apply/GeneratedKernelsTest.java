package org.supcert.numeric.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated kernels are what numeric/src/build/GenerateKernels.java makes of today's
 * templates: the generator runs again into a temporary folder, and its files must equal, byte for
 * byte, the generated sources this build compiled. Under Maven that holds by construction
 * (generate-sources just ran), so those two checks guard builds that skip generate-sources (an
 * IDE), and the planted cases show the comparison would see a hand edit or a stale template. What
 * can fail under Maven is the generator itself: its list of outputs, and that it removes a file it
 * no longer writes (which would otherwise still be compiled).
 */
class GeneratedKernelsTest {
    private static final Path MAIN_TEMPLATES = Path.of("src/main/java/org/supcert/numeric/apply");
    private static final Path TEST_TEMPLATES = Path.of("src/test/java/org/supcert/numeric/apply");
    private static final List<String> MAIN_OUTPUTS = List.of("Executor32.java", "Kernels32.java",
            "ScalarKernels32.java", "DerivedKernels32x128.java", "DerivedKernels32x256.java",
            "DerivedKernels32x512.java", "DerivedKernels64x128.java", "DerivedKernels64x256.java",
            "DerivedKernels64x512.java", "VectorKernels32x128.java", "VectorKernels32x256.java",
            "VectorKernels32x512.java", "VectorKernels64x128.java", "VectorKernels64x256.java");

    @TempDir
    static Path shared;
    private static Path freshMain;

    /** One fresh run of the generator on the main templates, shared by the tests (each run compiles it). */
    private static synchronized Path freshMain() throws IOException, InterruptedException {
        if (freshMain == null) freshMain = generate(MAIN_TEMPLATES, shared.resolve("main"));
        return freshMain;
    }

    @Test
    void mainKernelsAreFreshlyGenerated() throws Exception {
        Path fresh = freshMain();
        assertEquals(MAIN_OUTPUTS.stream().sorted().toList(), names(fresh), "the generator's outputs");
        List<String> stale = differences(fresh, compiled("supcert.kernels.generated"));
        assertTrue(stale.isEmpty(), "edit the template (named in a generated file's first line) and build,"
                + " never the generated file: " + stale);
    }

    @Test
    void parityTestIsFreshlyGenerated(@TempDir Path tmp) throws Exception {
        Path fresh = generate(TEST_TEMPLATES, tmp);
        assertEquals(List.of("KernelParity32Test.java"), names(fresh), "the generator's outputs");
        List<String> stale = differences(fresh, compiled("supcert.kernels.generated.tests"));
        assertTrue(stale.isEmpty(), "edit KernelParity64Test and build, never the generated file: " + stale);
    }

    @Test
    void aFileTheGeneratorNoLongerWritesIsRemoved(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("VectorKernels32x64.java"), "// a variant that was dropped\n");
        generate(MAIN_TEMPLATES, out);
        assertEquals(MAIN_OUTPUTS.stream().sorted().toList(), names(out), "only what this run generated stays");
    }

    @Test
    void aHandEditedGeneratedFileIsCaught(@TempDir Path tmp) throws Exception {
        Path fresh = freshMain();
        Path edited = copy(compiled("supcert.kernels.generated"), tmp.resolve("edited"));
        Files.writeString(edited.resolve("VectorKernels32x256.java"), "// a fix made in the wrong place\n",
                StandardOpenOption.APPEND);
        assertEquals(List.of("VectorKernels32x256.java differs"), differences(fresh, edited));
    }

    @Test
    void aTemplateChangedWithoutRegeneratingIsCaught(@TempDir Path tmp) throws Exception {
        Path templates = copy(MAIN_TEMPLATES, tmp.resolve("templates"));
        Path scalar = templates.resolve("ScalarKernels64.java");
        Files.writeString(scalar, Files.readString(scalar).replace("return \"scalar\";", "return \"reference\";"));
        Path fresh = generate(templates, tmp.resolve("fresh"));
        assertEquals(List.of("ScalarKernels32.java differs"), differences(fresh, compiled("supcert.kernels.generated")));
    }

    private static Path compiled(String property) {
        String dir = System.getProperty(property);
        assertTrue(dir != null, property + " is not set: run the tests through Maven (numeric/pom.xml sets it)");
        return Path.of(dir);
    }

    /** Runs the generator as the build does (a single-file source program) into {@code out}. */
    private static Path generate(Path templates, Path out) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "src/build/GenerateKernels.java", templates.toString(),
                out.toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the generator did not finish");
        assertEquals(0, p.exitValue(), "the generator failed: " + log);
        return out;
    }

    /** The files of {@code fresh} missing from {@code compiled} or different there, and the extra ones. */
    private static List<String> differences(Path fresh, Path compiled) throws IOException {
        List<String> out = new ArrayList<>();
        for (String name : names(fresh)) {
            Path c = compiled.resolve(name);
            if (!Files.exists(c)) {
                out.add(name + " missing");
                continue;
            }
            String got = Files.readString(c, StandardCharsets.UTF_8);
            if (!got.startsWith("// GENERATED by numeric/src/build/GenerateKernels.java from ")) {
                out.add(name + " lacks the GENERATED header");
            } else if (!got.equals(Files.readString(fresh.resolve(name), StandardCharsets.UTF_8))) {
                out.add(name + " differs");
            }
        }
        for (String name : names(compiled)) {
            if (!Files.exists(fresh.resolve(name))) out.add(name + " is not generated any more");
        }
        return out;
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        for (String name : names(from)) Files.copy(from.resolve(name), to.resolve(name));
        return to;
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
