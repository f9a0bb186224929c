package org.supcert.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;

/**
 * The top-level usage message ({@code supcert}, {@code supcert --help}, {@code -h}), rendered by
 * picocli and stored in the jar as {@value #RESOURCE}, so printing it builds no picocli model:
 * that model, run in the interpreter at start-up, cost about 0.25 s of CPU, more than the JVM's
 * own start (README "Performance"). {@code StoredUsageTest} renders the message with picocli
 * and fails when the stored copy differs, and says how to write it again.
 */
final class StoredUsage {
    /** The stored message, next to this class in the jar. */
    static final String RESOURCE = "usage.txt";

    private StoredUsage() {}

    /**
     * Prints the stored message and returns true when {@code args} ask for the top-level usage
     * only and picocli would print it without colours; otherwise prints nothing and returns
     * false, and picocli runs as usual.
     */
    static boolean print(String[] args, PrintStream out) {
        if (!applies(args, System.console() != null, System.getenv("CLICOLOR_FORCE"),
                System.getProperty("picocli.ansi"), System.getProperty("picocli.usage.width"))) {
            return false;
        }
        try (InputStream in = StoredUsage.class.getResourceAsStream(RESOURCE)) {
            if (in == null) return false;
            out.write(in.readAllBytes());
            out.flush();
            return true;
        } catch (IOException e) {
            return false; // picocli renders it instead
        }
    }

    /**
     * True when the arguments are none, {@code --help} or {@code -h}, and the output is plain: no
     * console (picocli's test for a terminal on Linux and macOS), no {@code CLICOLOR_FORCE}, no
     * {@code picocli.ansi} or {@code picocli.usage.width} property. Anything else goes to picocli,
     * which colours and sizes the message itself.
     */
    static boolean applies(String[] args, boolean console, String clicolorForce, String ansiProperty,
            String widthProperty) {
        boolean usageOnly = args.length == 0 || args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"));
        return usageOnly && !console && clicolorForce == null && ansiProperty == null && widthProperty == null
                && !System.getProperty("os.name", "").startsWith("Windows");
    }
}
