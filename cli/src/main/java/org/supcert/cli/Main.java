package org.supcert.cli;

import java.io.PrintWriter;
import java.util.List;
import org.supcert.reports.assembly.ReportBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The supcert command line: a thin picocli adapter. Commands return exit codes
 * ({@link ExitCodes}); exceptions map to exit codes here, in one place; output goes through the
 * command's writers so tests can capture it; stack traces only with --stacktrace.
 *
 * <p>Only the command that runs is built as a picocli model, and it alone is registered; the
 * others are listed by name and description (read from their annotations) only when no command
 * is named, so a command does not load or initialize the classes of the others (Jackson, EJML,
 * Z3, the Vector API). Each model picocli builds costs tens of milliseconds of interpreted
 * reflection at start (README "Performance", "Start-up").
 */
@Command(name = "supcert", mixinStandardHelpOptions = true, version = ReportBuilder.TOOL,
        description = "Certifies sparsity supports of matrix factorizations and sparse networks.")
public final class Main implements Runnable {
    /** A subcommand: its name (its annotation's, checked by MainTest) and its class. */
    record Subcommand(String name, Class<?> type) {}

    /** The subcommands, in the order of the usage message. */
    static final List<Subcommand> COMMANDS = List.of(new Subcommand("check", CheckCommand.class),
            new Subcommand("recheck", RecheckCommand.class), new Subcommand("bench", BenchCommand.class),
            new Subcommand("factor", FactorCommand.class), new Subcommand("butterfly", ButterflyCommand.class),
            new Subcommand("report", ReportCommand.class), new Subcommand("ci", CiCommand.class),
            new Subcommand("sweep", SweepCommand.class), new Subcommand("certify", CertifyCommand.class),
            new Subcommand("certify-all", CertifyAllCommand.class));

    /**
     * picocli registers converters for java.time and java.sql types by reflection in every command
     * line it makes, initializing those classes (java.time's formatters among them); no option here
     * has such a type, and skipping them saves about 0.01 s of start.
     */
    private static final String CONVERTER_EXCLUDES = "java\\.(time|sql)\\..*";

    /**
     * picocli's default factory looks for Groovy's Closure class when it is first used. The class is
     * not there, and looking for it opens the jar: reading the central directory of its 9,840 entries
     * cost about 0.006 s of every start, where all classes otherwise come from the start-up cache.
     */
    private static final String DISABLE_CLOSURES = "picocli.disable.closures";

    @Option(names = "--stacktrace", scope = CommandLine.ScopeType.INHERIT,
            description = "Print the stack trace of an internal error.")
    boolean stacktrace;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        if (StoredUsage.print(args, System.out)) System.exit(ExitCodes.OK);
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code;
        try {
            code = run(args, out, err);
        } catch (OutOfMemoryError e) {
            err.println("supcert: out of memory; give the JVM more heap (JAVA_OPTS=-Xmx8g ./supcert ...) or a smaller input");
            code = ExitCodes.INTERNAL_ERROR;
        }
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs a command line with the given writers and returns the exit code (for tests). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        if (System.getProperty("picocli.converters.excludes") == null) {
            System.setProperty("picocli.converters.excludes", CONVERTER_EXCLUDES);
        }
        if (System.getProperty(DISABLE_CLOSURES) == null) System.setProperty(DISABLE_CLOSURES, "true");
        CommandLine cl = commandLine(args);
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("supcert: " + ex.getMessage() + " (see '" + ex.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help')");
            return ExitCodes.INPUT_ERROR;
        });
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            boolean trace = ((Main) cl.getCommand()).stacktrace;
            Failures.Exit exit = Failures.of(ex);
            err.println(exit.line() + (exit.internal() && !trace ? " (run with --stacktrace for details)" : ""));
            if (trace) ex.printStackTrace(err);
            return exit.code();
        });
        return cl.execute(args);
    }

    /**
     * The command line for {@code args}: when the first argument that is not an option names a
     * command, that command's full model alone; otherwise a name-and-description entry for every
     * command, so that the usage message lists them and a mistyped name is reported.
     */
    static CommandLine commandLine(String[] args) {
        String chosen = null;
        for (String a : args) {
            if (!a.startsWith("-")) {
                chosen = a;
                break;
            }
        }
        CommandLine cl = new CommandLine(new Main());
        for (Subcommand c : COMMANDS) {
            if (c.name().equals(chosen)) return cl.addSubcommand(c.name(), c.type());
        }
        for (Subcommand c : COMMANDS) {
            Command ann = c.type().getAnnotation(Command.class);
            CommandLine.Model.CommandSpec listed = CommandLine.Model.CommandSpec.create().name(c.name());
            listed.usageMessage().description(ann.description());
            cl.addSubcommand(c.name(), new CommandLine(listed));
        }
        return cl;
    }
}
