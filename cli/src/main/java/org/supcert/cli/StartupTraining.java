package org.supcert.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.List;

/**
 * The launcher's training run for its start-up cache (README "Start-up"): runs typical command
 * lines of one launcher group in this one JVM, output discarded, so that the class list (JDK
 * 17-24) or the AOT cache (JDK 25, which records exactly one run) holds what every command of the
 * group loads. Run from the repository's top directory (the command lines name a case file).
 */
public final class StartupTraining {
    /** Commands that run without the Vector API: everything but {@code bench}. */
    static final List<String[]> BASE = List.of(
            new String[] {"check", "--family", "butterfly-split:1024:5", "cases/lu2.json"},
            new String[] {"check", "--json", "--family", "butterfly-split:1024:5", "cases/lu2.json"},
            new String[] {"butterfly", "--target", "hadamard:1024", "--tree", "balanced"},
            new String[] {"butterfly", "--json", "--target", "hadamard:1024"});

    /** {@code bench}, which the launcher starts with the Vector API module. */
    static final List<String[]> VECTOR = List.<String[]>of(
            new String[] {"bench", "apply", "--n", "256", "--batch", "1,4", "--seconds", "0.01", "--peak-seconds",
                    "0.01", "--dense-max-n", "256"});

    private StartupTraining() {}

    /** {@code StartupTraining base|vector}; always exits 0 (a failed training run only costs the cache). */
    public static void main(String[] args) {
        boolean vector = args.length == 1 && args[0].equals("vector");
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
        PrintWriter sink = new PrintWriter(discard);
        if (!vector) StoredUsage.print(new String[0], discard);
        for (String[] line : vector ? VECTOR : BASE) Main.run(line, sink, sink);
        System.exit(ExitCodes.OK);
    }
}
