package org.supcert.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Child-JVM side of {@link HostileInputTest}: runs each command line of a file (one per line,
 * arguments separated by tabs) in-process and reports, one line per command,
 * {@code exit<TAB>milliseconds<TAB>stderr lines<TAB>stderr}. A Throwable that escapes
 * {@link Main#run} (an OutOfMemoryError, say) is reported as exit -1 with its class.
 */
final class HostileInputProbe {
    private HostileInputProbe() {}

    public static void main(String[] args) throws Exception {
        PrintStream report = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            StringWriter err = new StringWriter();
            long start = System.nanoTime();
            int code;
            try {
                code = Main.run(line.split("\t"), new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
            } catch (Throwable t) {
                code = -1;
                err.write(t.toString() + "\n");
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            String e = err.toString().strip();
            long lines = e.isEmpty() ? 0 : e.lines().count();
            report.println(code + "\t" + ms + "\t" + lines + "\t" + e.replace('\n', '|').replace('\t', ' '));
        }
    }
}
