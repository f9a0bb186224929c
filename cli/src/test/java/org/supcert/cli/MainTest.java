package org.supcert.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line builds only the model of the command that runs, and still lists every command. */
class MainTest {
    @Test
    void helpListsEveryCommandWithItsDescription() {
        CliRun r = CliRun.of("--help");
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        for (Main.Subcommand c : Main.COMMANDS) {
            Command ann = c.type().getAnnotation(Command.class);
            assertTrue(r.out().contains("  " + ann.name() + " "), ann.name() + " missing in\n" + r.out());
            String firstWords = ann.description()[0].substring(0, Math.min(30, ann.description()[0].length()));
            assertTrue(r.out().contains(firstWords), ann.name() + "'s description missing in\n" + r.out());
        }
    }

    @Test
    void eachNameIsItsCommandsAnnotatedName() {
        for (Main.Subcommand c : Main.COMMANDS) {
            assertEquals(c.type().getAnnotation(Command.class).name(), c.name(), c.type().getName());
        }
    }

    @Test
    void onlyTheChosenCommandIsBuilt() {
        Map<String, CommandLine> subs = Main.commandLine(new String[] {"--stacktrace", "check", "--family", "lu:2"})
                .getSubcommands();
        assertEquals(Set.of("check"), subs.keySet());
        assertInstanceOf(CheckCommand.class, subs.get("check").getCommand());
    }

    @Test
    void withoutACommandEveryOneIsListedAndNoneBuilt() {
        Map<String, CommandLine> subs = Main.commandLine(new String[] {"--stacktrace"}).getSubcommands();
        assertEquals(Main.COMMANDS.size(), subs.size());
        for (Map.Entry<String, CommandLine> e : subs.entrySet()) {
            assertFalse(e.getValue().getCommand() instanceof java.util.concurrent.Callable<?>,
                    e.getKey() + " was built although no command runs");
        }
    }

    @Test
    void theChosenCommandRunsWithInheritedOptionsAndTyposStillFail() {
        CliRun ok = CliRun.of("--stacktrace", "check", "--family", "butterfly-split:16:2");
        assertEquals(ExitCodes.OK, ok.code(), ok::toString);
        CliRun typo = CliRun.of("chek");
        assertEquals(ExitCodes.INPUT_ERROR, typo.code(), typo::toString);
        assertTrue(typo.err().contains("Unmatched argument"), typo::toString);
    }

    /**
     * picocli is compiled here from its sources for Java 17 (cli/pom.xml): its published jar holds
     * Java 5 class files, which the start-up cache cannot hold linked. The class files on the class
     * path must be the ones compiled here.
     */
    @Test
    void picocliIsCompiledForJava17() throws Exception {
        try (java.io.InputStream in = CommandLine.class.getResourceAsStream("CommandLine.class")) {
            byte[] head = in.readNBytes(8);
            int major = ((head[6] & 0xff) << 8) | (head[7] & 0xff);
            assertEquals(61, major, "picocli's class files are for Java " + (major - 44));
        }
    }

    @Test
    void picocliIsToldNotToLookForGroovyOrTimeConverters() {
        CliRun r = CliRun.of("--version");
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        // looking for Groovy's Closure opens the jar; the java.time converters initialize java.time
        assertEquals("true", System.getProperty("picocli.disable.closures"));
        assertTrue("java.time.Duration".matches(System.getProperty("picocli.converters.excludes")));
    }

    /**
     * String concatenation is compiled to StringBuilder code (-XDstringConcat=inline, the parent pom
     * and cli/pom.xml for picocli): an invokedynamic concatenation is linked through method handles
     * in the interpreter the first time it runs, which cost a cold {@code check} about 0.1 s.
     */
    @Test
    void noClassOnTheStartPathLinksAConcatenationCallSite() throws Exception {
        for (Class<?> c : new Class<?>[] {Main.class, CommandLine.class, org.supcert.numeric.Factorizations.class,
                org.supcert.io.JsonWriters.class}) {
            try (java.io.InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
                String bytes = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
                assertTrue(bytes.contains("java/lang/StringBuilder"), c + " concatenates nothing: not a test");
                assertFalse(bytes.contains("makeConcatWithConstants"), c + " was compiled with invokedynamic concatenation");
            }
        }
    }

    /**
     * Every command's help renders without picocli's warnings: a description is a format string, and
     * a bare '%' ("% of peak") made picocli print a warning and the raw text. picocli writes that
     * warning to System.err itself, not to the command line's writer.
     */
    @Test
    void everyCommandsHelpRendersWithoutWarnings() {
        java.util.List<String[]> lines = new java.util.ArrayList<>();
        for (Main.Subcommand c : Main.COMMANDS) {
            lines.add(new String[] {c.name(), "--help"});
            CommandLine sub = Main.commandLine(new String[] {c.name()}).getSubcommands().get(c.name());
            for (String s : sub.getSubcommands().keySet()) lines.add(new String[] {c.name(), s, "--help"});
        }
        assertTrue(lines.size() > Main.COMMANDS.size(), "bench's subcommands were not found");
        java.io.PrintStream saved = System.err;
        java.io.ByteArrayOutputStream stderr = new java.io.ByteArrayOutputStream();
        try {
            System.setErr(new java.io.PrintStream(stderr, true, java.nio.charset.StandardCharsets.UTF_8));
            for (String[] line : lines) {
                CliRun r = CliRun.of(line);
                assertEquals(ExitCodes.OK, r.code(), r::toString);
                assertTrue(r.out().startsWith("Usage: supcert " + String.join(" ", java.util.Arrays.copyOf(line, line.length - 1))),
                        r::toString);
            }
        } finally {
            System.setErr(saved);
        }
        assertEquals("", stderr.toString(java.nio.charset.StandardCharsets.UTF_8));
    }
}
