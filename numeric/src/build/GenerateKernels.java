import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the float and the other-width variants of the butterfly apply code from its double,
 * 512-bit templates, as EJML generates its 32-bit code from the 64-bit code: the templates are
 * compiled classes in numeric/src/main/java/org/supcert/numeric/apply (the vector template calls
 * the DerivedKernels64x512 this program derives from it, so they compile after generate-sources,
 * not on their own), and this program rewrites their names and types. It runs in numeric's
 * generate-sources phase (exec-maven-plugin, as a single-file source program, so nothing else has
 * to be built first) into target/generated-sources/kernels, a folder it owns: files it did not
 * write this time are removed. GeneratedKernelsTest runs it again into a temporary folder and
 * compares.
 *
 * <p>The rewriting, in this order, so a template must be written in these terms:
 * <ul>
 *   <li>{@code 64x512} in a name becomes {@code <precision>x<width>}, {@code SPECIES_512} becomes
 *       {@code SPECIES_<width>};
 *   <li>for precision 32: {@code double} becomes {@code float} and {@code Double} becomes
 *       {@code Float} wherever they stand (types, DoubleVector, Double.BYTES, ThreadScratch.doubles),
 *       and a name ending in 64 (or 64Test) ends in 32 (Kernels64, ScalarKernels64, coefficients64,
 *       KernelParity64Test).
 * </ul>
 * From the vector template it also derives DerivedKernels (six variants, the 512-bit double one
 * included): the single-vector twins of its batch complex radix-4 groups and the unit twins of
 * its general real radix-4 group (see derivedKernels).
 * A float variant that still says double anywhere is an error, as is a vector template without
 * the names it is said to carry; decimal literals would not compile in float, so templates have none.
 *
 * <p>Usage: {@code java GenerateKernels.java <template folder> <output folder>}, once for the main
 * templates and once for the test template (the kernel parity test, which runs in both precisions).
 */
public final class GenerateKernels {
    private GenerateKernels() {}

    /** A template and the variants made from it: {precision, vector width} (width 0: none in the name). */
    private record Template(String file, int[][] variants) {}

    private static final List<Template> TEMPLATES = List.of(
            new Template("Kernels64.java", new int[][] {{32, 0}}),
            new Template("ScalarKernels64.java", new int[][] {{32, 0}}),
            new Template("Executor64.java", new int[][] {{32, 0}}),
            new Template("VectorKernels64x512.java",
                    new int[][] {{64, 256}, {64, 128}, {32, 512}, {32, 256}, {32, 128}}),
            new Template("KernelParity64Test.java", new int[][] {{32, 0}}));

    /** A name ending in 64, or in 64Test (a test class, so that surefire still finds it). */
    private static final Pattern NAME_64 = Pattern.compile("\\b([A-Za-z_][A-Za-z0-9_]*?)64(Test)?\\b");

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java GenerateKernels.java <template folder> <output folder>");
            System.exit(2);
        }
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        int found = 0;
        for (Template t : TEMPLATES) {
            // main and test code are separate source roots: each run gets the folder of one
            if (!Files.exists(in.resolve(t.file()))) continue;
            found++;
            String source = Files.readString(in.resolve(t.file()), StandardCharsets.UTF_8);
            for (int[] v : t.variants()) {
                write(out.resolve(variantName(t.file(), v[0], v[1])),
                        header(t.file()) + rewrite(source, t.file(), v[0], v[1]));
            }
            if (t.file().equals(VECTOR_TEMPLATE)) {
                // the derived kernels of every width and precision, the template's own included
                String head = header(VECTOR_TEMPLATE + " (" + TWINS[0][0] + ", " + TWINS[1][0] + ", " + QUAD + ")");
                String groups = derivedKernels(source);
                write(out.resolve(DERIVED), head + groups);
                for (int[] v : t.variants()) {
                    write(out.resolve(variantName(DERIVED, v[0], v[1])),
                            head + rewrite(groups, VECTOR_TEMPLATE, v[0], v[1]));
                }
            }
        }
        if (found == 0) throw new IllegalStateException("no template in " + in);
        // the output folder is the generator's own: a file it did not write this time (a variant or
        // template since removed) would still be compiled, so it goes
        try (var files = Files.list(out)) {
            for (Path f : (Iterable<Path>) files::iterator) if (!WRITTEN.contains(f.getFileName().toString())) Files.delete(f);
        }
    }

    /** The files this run wrote (or found unchanged), by name. */
    private static final java.util.Set<String> WRITTEN = new java.util.HashSet<>();

    /** Unchanged files keep their time stamps, so incremental compiles stay incremental. */
    private static void write(Path file, String text) throws IOException {
        WRITTEN.add(file.getFileName().toString());
        if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
    }

    private static final String VECTOR_TEMPLATE = "VectorKernels64x512.java";
    private static final String DERIVED = "DerivedKernels64x512.java";
    /** Complex radix-4 groups of the batch kernels and their single-vector twins. */
    private static final String[][] TWINS = {{"cgroupB", "cgroupV"}, {"cgroupUB", "cgroupUV"}};
    /** The general real radix-4 group and its unit twins, with the coefficients they drop. */
    private static final String QUAD = "quadGeneral";
    private static final String[][] UNIT_QUADS = {
            {"quadUnit", "a00", "a10", "b00", "b10", "p00", "p10", "q00", "q10"},
            {"quadUnitThenGeneral", "a00", "a10", "b00", "b10"}};

    /**
     * The kernels derived from the vector template's own methods, written once there:
     * <ul>
     *   <li>the single-vector twins of its batch complex groups: where a batch group broadcasts the
     *       coefficient at an offset, the lanes of a single vector run over delta, so the twin loads
     *       a coefficient vector there, and its offsets advance with the data (c0 = c0s + t, ...);
     *   <li>the unit twins of its general real radix-4 group: a level with first columns (1, 1)
     *       drops the multiplies by those ones (x0.mul(a00) becomes x0), and their coefficients.
     * </ul>
     */
    static String derivedKernels(String template) {
        StringBuilder methods = new StringBuilder();
        for (String[] twin : TWINS) {
            String m = method(template, twin[0])
                    .replace("private static void " + twin[0] + "(", "static void " + twin[1] + "(")
                    .replace("int c0, int c2, int e0, int e1,", "int c0s, int c2s, int e0s, int e1s,")
                    .replace("            int k = k0 + t;\n", "            int k = k0 + t;\n"
                            + "            int c0 = c0s + t;\n            int c2 = c2s + t;\n"
                            + "            int e0 = e0s + t;\n            int e1 = e1s + t;\n");
            String twinText = m.replaceAll("DoubleVector\\.broadcast\\(SPECIES, (\\w+)\\[([^\\]]+)\\]\\)",
                    "DoubleVector.fromArray(SPECIES, $1, $2)");
            require(!twinText.contains("broadcast") && twinText.contains("c0s + t"),
                    VECTOR_TEMPLATE, twin[0] + " is not in the shape its single-vector twin is derived from");
            methods.append('\n').append(twinText);
        }
        String general = method(template, QUAD);
        for (String[] unit : UNIT_QUADS) {
            String m = general.replace("private static void " + QUAD + "(", "static void " + unit[0] + "(");
            for (int i = 1; i < unit.length; i++) {
                String v = unit[i];
                m = m.replaceAll(",\\s*double " + v + "s\\b", "")
                        .replaceAll("\\n\\s*DoubleVector " + v + " = DoubleVector\\.broadcast\\(SPECIES, " + v + "s\\);", "")
                        .replace(".mul(" + v + ")", "");
                require(!m.contains(v), VECTOR_TEMPLATE, QUAD + " still uses " + v + " in " + unit[0]);
            }
            methods.append('\n').append(m);
        }
        return "package org.supcert.numeric.apply;\n\n"
                + "import jdk.incubator.vector.DoubleVector;\n"
                + "import jdk.incubator.vector.VectorSpecies;\n\n"
                + "/** Kernels derived from methods of VectorKernels64x512 (see GenerateKernels.derivedKernels). */\n"
                + "final class DerivedKernels64x512 {\n"
                + "    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_512;\n\n"
                + "    private DerivedKernels64x512() {}\n"
                + methods + "}\n";
    }

    /** The text of the template's private static method {@code name}, to its closing brace. */
    private static String method(String template, String name) {
        int from = template.indexOf("    private static void " + name + "(");
        require(from >= 0, VECTOR_TEMPLATE, "has no method " + name);
        return template.substring(from, template.indexOf("\n    }\n", from) + 7);
    }

    static String header(String template) {
        return "// GENERATED by numeric/src/build/GenerateKernels.java from " + template + "; do not edit.\n"
                + "// Edit the template and build (mvn -pl numeric -am generate-sources, or any later phase).\n";
    }

    static String variantName(String template, int precision, int width) {
        if (width != 0) return template.replace("64x512", precision + "x" + width);
        return template.replaceFirst("64(Test)?\\.java$", precision + "$1.java");
    }

    static String rewrite(String source, String template, int precision, int width) {
        String text = source;
        if (width != 0) {
            require(text.contains("64x512") && text.contains("SPECIES_512"), template,
                    "names no 64x512 class or SPECIES_512");
            text = text.replace("64x512", precision + "x" + width).replace("SPECIES_512", "SPECIES_" + width);
        }
        if (precision == 32) {
            text = text.replace("double", "float").replace("Double", "Float");
            Matcher m = NAME_64.matcher(text);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String test = m.group(2) == null ? "" : m.group(2);
                m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + "32" + test));
            }
            m.appendTail(sb);
            text = sb.toString();
            List<String> left = new ArrayList<>();
            for (String word : new String[] {"double", "Double", "DOUBLE"}) {
                if (text.contains(word)) left.add(word);
            }
            require(left.isEmpty(), template, "still says " + left + " in float");
        }
        return text;
    }

    private static void require(boolean ok, String template, String problem) {
        if (!ok) throw new IllegalStateException(template + ": " + problem);
    }
}
