package org.supcert.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every rule of {@link Architecture} fails on a class set that breaks it. The classes are compiled
 * here, into a temporary folder, from the sources below, so they never reach a module's output
 * (where the real check would see them) and the build's -Xlint never sees their Unsafe. They live
 * in supcert's package names; the library types they use (Z3, Spark) are stubs of the same names.
 */
class PlantedViolationsTest {
    /** Planted sources: class name -> body. */
    static final Map<String, String> SOURCES = Map.ofEntries(
            // encodings (support) reaching up into verifier: breaks the module order
            Map.entry("org.supcert.verifier.PlantedVerifier", "public class PlantedVerifier { public static int answer() { return 42; } }"),
            Map.entry("org.supcert.support.PlantedUpward", "public class PlantedUpward { int x = org.supcert.verifier.PlantedVerifier.answer(); }"),
            // two encodings packages importing each other: a cycle the module rule allows
            Map.entry("org.supcert.graph.PlantedA", "public class PlantedA { org.supcert.exact.PlantedB b; }"),
            Map.entry("org.supcert.exact.PlantedB", "public class PlantedB { org.supcert.graph.PlantedA a; }"),
            // Z3 outside poly (a stub in Z3's package)
            Map.entry("com.microsoft.z3.PlantedContext", "public class PlantedContext {}"),
            Map.entry("org.supcert.verifier.PlantedZ3", "public class PlantedZ3 { com.microsoft.z3.PlantedContext c = new com.microsoft.z3.PlantedContext(); }"),
            // the Vector API outside the Vector* classes, even in the kernels' package; and a Vector* class that may use it
            Map.entry("org.supcert.numeric.butterfly.PlantedSimd", "public class PlantedSimd { Object s = jdk.incubator.vector.DoubleVector.SPECIES_128; }"),
            Map.entry("org.supcert.numeric.apply.PlantedScalar", "public class PlantedScalar { Object s = jdk.incubator.vector.DoubleVector.SPECIES_256; }"),
            Map.entry("org.supcert.numeric.apply.VectorPlanted", "public class VectorPlanted { Object s = jdk.incubator.vector.DoubleVector.SPECIES_512; }"),
            // Spark outside the spark module (a stub in Spark's package)
            Map.entry("org.apache.spark.PlantedRdd", "public class PlantedRdd {}"),
            Map.entry("org.supcert.reports.PlantedSpark", "public class PlantedSpark { org.apache.spark.PlantedRdd r; }"),
            // Unsafe as a type, and by name for reflection
            Map.entry("org.supcert.io.PlantedUnsafe", "public class PlantedUnsafe { sun.misc.Unsafe u; }"),
            Map.entry("org.supcert.io.PlantedReflective", "public class PlantedReflective { static Object f() throws Exception { return Class.forName(\"sun.misc.Unsafe\"); } }"),
            // data used by tests: verifier's tests may use cases (a test-scope dependency), numeric's may not
            Map.entry("org.supcert.cases.PlantedCase", "public class PlantedCase {}"),
            Map.entry("org.supcert.verifier.PlantedVerifierTest", "public class PlantedVerifierTest { org.supcert.cases.PlantedCase c; }"),
            Map.entry("org.supcert.numeric.PlantedNumericTest", "public class PlantedNumericTest { org.supcert.cases.PlantedCase c; }"));

    @TempDir
    static Path out;
    static JavaClasses planted;

    @BeforeAll
    static void compile() throws IOException {
        Path src = out.resolve("src");
        Path classes = out.resolve("classes");
        Files.createDirectories(classes);
        List<Path> files = new ArrayList<>();
        for (var e : SOURCES.entrySet()) {
            String name = e.getKey();
            int dot = name.lastIndexOf('.');
            Path f = src.resolve(name.replace('.', '/') + ".java");
            Files.createDirectories(f.getParent());
            Files.writeString(f, "package " + name.substring(0, dot) + ";\n" + e.getValue() + "\n");
            files.add(f);
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter log = new StringWriter();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, null)) {
            Iterable<? extends JavaFileObject> units = fm.getJavaFileObjectsFromPaths(files);
            // -nowarn and no -Xlint: Unsafe's "internal proprietary API" note stays in this log
            boolean ok = javac.getTask(log, fm, null, List.of("-d", classes.toString(), "--release", "17", "-nowarn",
                    "--add-modules", "jdk.incubator.vector"), null, units).call();
            assertTrue(ok, log::toString);
        }
        planted = Architecture.importFolders(List.of(classes));
        // the library stubs (com.microsoft.z3...) are not imported (only org.supcert is); rules see them by name
        assertEquals(SOURCES.keySet().stream().filter(n -> n.startsWith("org.supcert.")).count(), planted.size(),
                "every planted supcert class was imported");
    }

    /** The rule fails, and its report names every offender (and nothing in {@code innocent}). */
    private static void fails(ArchRule rule, List<String> offenders, List<String> innocent) {
        EvaluationResult r = rule.evaluate(planted);
        assertTrue(r.hasViolation(), rule.getDescription() + " passed on planted classes");
        String report = String.join("\n", r.getFailureReport().getDetails());
        for (String o : offenders) assertTrue(report.contains(o), rule.getDescription() + " missed " + o + ":\n" + report);
        for (String i : innocent) assertFalse(report.contains("<" + i + ">"), rule.getDescription() + " blamed " + i + ":\n" + report);
    }

    @Test
    void aModuleThatReachesUpFails() {
        ArchRule encodings = Architecture.moduleRules(false).get(0);
        assertTrue(encodings.getDescription().startsWith("module encodings"), encodings.getDescription());
        fails(encodings, List.of("org.supcert.support.PlantedUpward"), List.of("org.supcert.graph.PlantedA"));
    }

    @Test
    void testCodeIsHeldToItsOwnTestScope() {
        ArchRule numericTests = rule(Architecture.moduleRules(true), "module numeric");
        fails(numericTests, List.of("org.supcert.numeric.PlantedNumericTest"), List.of());
        // verifier's tests may use cases; its main code may not
        EvaluationResult asTest = rule(Architecture.moduleRules(true), "module verifier").evaluate(planted);
        assertFalse(String.join("\n", asTest.getFailureReport().getDetails()).contains("PlantedVerifierTest"), asTest::toString);
        fails(rule(Architecture.moduleRules(false), "module verifier"), List.of("org.supcert.verifier.PlantedVerifierTest"), List.of());
    }

    @Test
    void aPackageCycleFails() {
        fails(Architecture.noPackageCycles(), List.of("org.supcert.graph.PlantedA", "org.supcert.exact.PlantedB"), List.of());
    }

    @Test
    void z3OutsidePolyFails() {
        fails(Architecture.z3Confined(), List.of("org.supcert.verifier.PlantedZ3"), List.of());
    }

    @Test
    void vectorApiOutsideTheVectorClassesFails() {
        fails(Architecture.vectorApiConfined(), List.of("org.supcert.numeric.butterfly.PlantedSimd", "org.supcert.numeric.apply.PlantedScalar"),
                List.of("org.supcert.numeric.apply.VectorPlanted"));
    }

    @Test
    void sparkOutsideTheSparkModuleFails() {
        fails(Architecture.sparkConfined(), List.of("org.supcert.reports.PlantedSpark"), List.of());
    }

    @Test
    void unsafeAsATypeOrByNameFails() {
        fails(Architecture.noUnsafeType(), List.of("org.supcert.io.PlantedUnsafe"), List.of());
        List<String> named = Architecture.unsafeNamedOutside(List.of(out.resolve("classes")));
        assertTrue(named.contains("org/supcert/io/PlantedReflective.class") && named.contains("org/supcert/io/PlantedUnsafe.class"), named::toString);
    }

    private static ArchRule rule(List<ArchRule> rules, String prefix) {
        return rules.stream().filter(r -> r.getDescription().startsWith(prefix + " ")).findFirst().orElseThrow();
    }
}
