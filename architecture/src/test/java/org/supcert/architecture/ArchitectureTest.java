package org.supcert.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of the README's "Layout" on the compiled classes of every module, main and
 * test code, with ArchUnit.
 *
 * <p>Why ArchUnit and not the hand-written source scan this replaces (or jdeps): it reads bytecode,
 * so a fully qualified name, a static nested type or a type used only through {@code var} counts as
 * a dependency, where scanning import lines missed them; it checks package cycles (slices) and
 * per-class confinement with maintained code; and its rules are objects that can be evaluated on any
 * class set, which is how {@link PlantedViolationsTest} shows each rule failing. jdeps answers "which
 * packages does this jar use" but has no rule language and no cycle check. The core library (not
 * archunit-junit5's engine) is used because the rules run on module output folders, not on the
 * class path, and on planted classes too.
 */
class ArchitectureTest {
    static JavaClasses main;
    static JavaClasses all;

    @BeforeAll
    static void importModules() {
        main = Architecture.importFolders(Architecture.classFolders(false));
        all = Architecture.importFolders(Architecture.classFolders(true));
    }

    private static void check(ArchRule rule, JavaClasses classes) {
        EvaluationResult r = rule.evaluate(classes);
        assertFalse(r.hasViolation(), () -> String.join("\n", r.getFailureReport().getDetails()));
    }

    @Test
    void everyModuleWasImported() {
        for (var m : Architecture.PACKAGES.entrySet()) {
            long n = main.stream().filter(c -> m.getValue().stream()
                    .anyMatch(p -> c.getPackageName().startsWith(p.substring(0, p.length() - 2)))).count();
            assertTrue(n > 0, "no classes of module " + m.getKey() + " under " + Architecture.classFolders(false));
        }
        assertTrue(all.size() > main.size(), "no test classes were imported");
    }

    @Test
    void mainCodeUsesOnlyTheModulesBeforeIt() {
        Architecture.moduleRules(false).forEach(r -> check(r, main));
    }

    @Test
    void testCodeUsesOnlyThoseAndItsTestScopeModules() {
        Architecture.moduleRules(true).forEach(r -> check(r, all));
    }

    @Test
    void noPackageCyclesInMainOrTestCode() {
        check(Architecture.noPackageCycles(), all);
    }

    @Test
    void z3OnlyInThePolyPackage() {
        check(Architecture.z3Confined(), all);
        // the rule sees Z3 where it is: else it would pass on an import that lost those dependencies
        assertTrue(main.stream().anyMatch(c -> c.getPackageName().equals(Architecture.Z3_PACKAGE) && usesPackage(c, "com.microsoft.z3")));
    }

    @Test
    void vectorApiOnlyInTheVectorKernelClasses() {
        check(Architecture.vectorApiConfined(), all);
        // the incubator module's types are seen as dependencies (surefire runs with --add-modules jdk.incubator.vector)
        assertTrue(main.stream().anyMatch(c -> c.getPackageName().equals(Architecture.VECTOR_PACKAGE)
                && c.getSimpleName().startsWith("Vector") && usesPackage(c, "jdk.incubator.vector")));
    }

    @Test
    void sparkOnlyInTheSparkModule() {
        check(Architecture.sparkConfined(), all);
        assertTrue(main.stream().anyMatch(c -> c.getPackageName().equals("org.supcert.spark") && usesPackage(c, "org.apache.spark")));
    }

    @Test
    void unsafeOnlyInArrayAlignmentAndOnlyByName() {
        check(Architecture.noUnsafeType(), all);
        assertEquals(List.of(), Architecture.unsafeNamedOutside(Architecture.classFolders(true)));
        assertTrue(main.contain(Architecture.UNSAFE_CLASS), "the class allowed to name Unsafe is gone: update the rule");
    }

    @Test
    void everyPackageSaysWhatItOwnsAndNoneIsAUtilDump() {
        Set<String> packages = new TreeSet<>();
        // JMH's annotation processor generates bench's harness into a package of its own
        main.stream().filter(c -> !c.getPackageName().endsWith(".jmh_generated")).forEach(c -> packages.add(c.getPackageName()));
        for (String p : packages) {
            assertTrue(p.startsWith("org.supcert."), p);
            assertTrue(!p.matches(".*\\.(util|utils|common|misc|helpers?)$"), p + " is a dumping ground");
            assertTrue(hasPackageInfo(p), p + " has no package-info.java");
        }
    }

    private static boolean hasPackageInfo(String pkg) {
        try (Stream<Path> modules = Files.list(Architecture.root())) {
            return modules.map(m -> m.resolve("src/main/java").resolve(pkg.replace('.', '/')).resolve("package-info.java"))
                    .anyMatch(Files::isRegularFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean usesPackage(JavaClass c, String pkg) {
        return c.getDirectDependenciesFromSelf().stream().anyMatch(d -> d.getTargetClass().getPackageName().startsWith(pkg));
    }
}
