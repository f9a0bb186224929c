package org.supcert.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The rules of the README's "Layout", as ArchUnit rules over compiled classes, and the class sets
 * they run on. The same rule objects run on the real modules and on planted violations
 * ({@code ArchitectureTest}), so a rule that could never fail would show.
 */
final class Architecture {
    private Architecture() {}

    /** Module -> its packages (each with its subpackages), in the reactor's order. */
    static final Map<String, List<String>> PACKAGES = new LinkedHashMap<>();
    /** Module -> the modules its main code may use besides itself (README, "Layout"). */
    static final Map<String, Set<String>> ALLOWED = new LinkedHashMap<>();
    /** Module -> the modules its tests may use besides those of its main code (their test-scope dependencies). */
    static final Map<String, Set<String>> TEST_ALSO = Map.of("verifier", Set.of("cases"), "reports", Set.of("cases"),
            "cli", Set.of("cases"));

    static {
        module("encodings", Set.of(), "support", "graph", "poly", "io", "exact");
        module("cases", Set.of("encodings"), "cases");
        module("numeric", Set.of("encodings"), "numeric");
        module("verifier", Set.of("encodings", "numeric"), "verifier", "certificate", "network");
        module("reports", Set.of("encodings", "numeric", "verifier"), "reports");
        module("bench", Set.of("encodings", "numeric", "verifier"), "bench");
        module("cli", Set.of("encodings", "numeric", "verifier", "reports", "bench"), "cli");
        module("spark", Set.of("encodings", "numeric", "verifier", "reports", "cli"), "spark");
    }

    private static void module(String name, Set<String> allowed, String... packages) {
        List<String> p = new ArrayList<>();
        for (String s : packages) p.add("org.supcert." + s + "..");
        PACKAGES.put(name, p);
        ALLOWED.put(name, allowed);
    }

    /** The only package that may touch Z3. */
    static final String Z3_PACKAGE = "org.supcert.poly";
    /**
     * The package of the apply kernels; in it, only classes named Vector* (hand-written templates and
     * their generated widths) and DerivedKernels* (generated from the vector template) touch the Vector API.
     */
    static final String VECTOR_PACKAGE = "org.supcert.numeric.apply";
    /** The one class allowed to name sun.misc.Unsafe (reflectively, to read array alignment). */
    static final String UNSAFE_CLASS = "org.supcert.numeric.apply.ArrayAlignment";

    /**
     * Main code of each module uses only the modules the layout allows; with {@code tests}, the
     * tests' test-scope extras are allowed too. Classes outside org.supcert (libraries, the JDK)
     * are the business of the other rules.
     */
    static List<ArchRule> moduleRules(boolean tests) {
        List<ArchRule> rules = new ArrayList<>();
        for (var m : PACKAGES.entrySet()) {
            Set<String> ok = new LinkedHashSet<>(m.getValue());
            for (String other : ALLOWED.get(m.getKey())) ok.addAll(PACKAGES.get(other));
            if (tests) for (String other : TEST_ALSO.getOrDefault(m.getKey(), Set.of())) ok.addAll(PACKAGES.get(other));
            rules.add(classes().that().resideInAnyPackage(m.getValue().toArray(String[]::new))
                    .should().onlyDependOnClassesThat(resideInAnyPackage(ok.toArray(String[]::new))
                            .or(resideOutsideOfPackage("org.supcert..")))
                    .as("module " + m.getKey() + (tests ? " (main and test code)" : "") + " uses only " + ALLOWED.get(m.getKey())
                            + (tests ? " and its test extras " + TEST_ALSO.getOrDefault(m.getKey(), Set.of()) : ""))
                    // a planted class set has no classes of most modules; the real import checks that every module is there
                    .allowEmptyShould(true));
        }
        return rules;
    }

    /**
     * Every package of supcert is a slice, and the tests of a package are a slice of their own: no two
     * slices import each other, directly or around a loop. A test may use a package that uses the
     * package it tests (the targets of the butterfly tests are butterfly products), but the tests of
     * two packages may not lean on each other both ways, and main code never on tests.
     */
    static ArchRule noPackageCycles() {
        SliceAssignment packages = new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass c) {
                if (!c.getPackageName().startsWith("org.supcert.")) return SliceIdentifier.ignore();
                return SliceIdentifier.of(c.getPackageName() + (isTest(c) ? " (tests)" : ""));
            }

            @Override
            public String getDescription() {
                return "packages of org.supcert, tests apart";
            }
        };
        return slices().assignedFrom(packages).should().beFreeOfCycles().as("no package cycles").allowEmptyShould(true);
    }

    /** Imported from a test-classes folder (Maven's test output). */
    static boolean isTest(JavaClass c) {
        return c.getSource().map(src -> src.getUri().toString().contains("/test-classes/")).orElse(false);
    }

    static ArchRule z3Confined() {
        return noClasses().that().resideOutsideOfPackage(Z3_PACKAGE)
                .should().dependOnClassesThat().resideInAPackage("com.microsoft.z3..")
                .as("only " + Z3_PACKAGE + " uses Z3");
    }

    static ArchRule vectorApiConfined() {
        DescribedPredicate<JavaClass> kernel = new DescribedPredicate<>("a Vector* or DerivedKernels* class of " + VECTOR_PACKAGE) {
            @Override
            public boolean test(JavaClass c) {
                JavaClass top = c;
                while (top.getEnclosingClass().isPresent()) top = top.getEnclosingClass().get();
                return top.getPackageName().equals(VECTOR_PACKAGE)
                        && (top.getSimpleName().startsWith("Vector") || top.getSimpleName().startsWith("DerivedKernels"));
            }
        };
        return noClasses().that(not(kernel)).should().dependOnClassesThat().resideInAPackage("jdk.incubator.vector..")
                .as("only the Vector* and DerivedKernels* classes of " + VECTOR_PACKAGE + " use the Vector API");
    }

    static ArchRule sparkConfined() {
        return noClasses().that().resideOutsideOfPackage("org.supcert.spark..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "org.apache.hadoop..")
                .as("only the spark module uses Spark and Hadoop");
    }

    /** Unsafe as a type anywhere. Reflective use by name is {@link #unsafeNamedOutside}'s. */
    static ArchRule noUnsafeType() {
        return noClasses().should().dependOnClassesThat()
                .haveFullyQualifiedName("sun.misc.Unsafe").orShould().dependOnClassesThat().haveFullyQualifiedName("jdk.internal.misc.Unsafe")
                .as("no class uses Unsafe as a type");
    }

    /**
     * Class files under {@code roots} whose bytes name sun.misc.Unsafe (a type or a string for
     * Class.forName: ArchUnit sees only the first), other than {@link #UNSAFE_CLASS} and its nested classes.
     */
    static List<String> unsafeNamedOutside(List<Path> roots) {
        byte[][] needles = {"sun.misc.Unsafe".getBytes(StandardCharsets.US_ASCII), "sun/misc/Unsafe".getBytes(StandardCharsets.US_ASCII)};
        String allowed = UNSAFE_CLASS.replace('.', '/');
        List<String> out = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) continue;
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                    String name = root.relativize(f).toString().replace('\\', '/');
                    if (!name.startsWith("org/supcert/")) continue; // picocli's, compiled in cli (importFolders)
                    if (name.equals(allowed + ".class") || name.startsWith(allowed + "$")) continue;
                    byte[] bytes = Files.readAllBytes(f);
                    for (byte[] n : needles) if (indexOf(bytes, n) >= 0) out.add(name);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }

    /** The repository root and the build folder name, as the pom passes them. */
    static Path root() {
        return Path.of(System.getProperty("supcert.root", "..")).toAbsolutePath().normalize();
    }

    /** Each module's class folders: main, or main and test. */
    static List<Path> classFolders(boolean tests) {
        String build = System.getProperty("supcert.build", "target");
        List<Path> out = new ArrayList<>();
        for (String m : PACKAGES.keySet()) {
            out.add(root().resolve(m).resolve(build).resolve("classes"));
            if (tests) out.add(root().resolve(m).resolve(build).resolve("test-classes"));
        }
        return out;
    }

    /**
     * supcert's classes in {@code folders}. Only org.supcert: cli's output also holds picocli's
     * classes, compiled there from picocli's sources jar (cli/pom.xml), which are not ours to judge.
     */
    static JavaClasses importFolders(List<Path> folders) {
        List<Path> existing = folders.stream().filter(Files::isDirectory).toList();
        return new ClassFileImporter().withImportOption(location -> location.contains("/org/supcert/")).importPaths(existing);
    }
}
