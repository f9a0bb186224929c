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
 * <p>Only the command that runs is built as a full picocli model; the others are listed by name
 * and description (read from their annotation), so {@code --help} and light commands do not load
 * or initialize the classes (Jackson, EJML, Z3, the Vector API) that the other commands use.
 * Building all nine models took 0.9-1.4 s of a 1.5 s {@code --help} (README "Performance").
 */
@Command(name = "supcert", mixinStandardHelpOptions = true, version = ReportBuilder.TOOL,
        description = "Certifies sparsity supports of matrix factorizations and sparse networks.")
public final class Main implements Runnable {
    /** The subcommands, in the order of the usage message. */
    static final List<Class<?>> COMMANDS = List.of(CheckCommand.class, RecheckCommand.class, BenchCommand.class,
            FactorCommand.class, ButterflyCommand.class, ReportCommand.class, CiCommand.class, SweepCommand.class,
            CertifyCommand.class, CertifyAllCommand.class);

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
     * The command line for {@code args}: the full model of the subcommand named by the first
     * argument that is not an option, a name-and-description entry for every other one.
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
        for (Class<?> c : COMMANDS) {
            Command ann = c.getAnnotation(Command.class);
            if (ann.name().equals(chosen)) {
                cl.addSubcommand(c);
            } else {
                CommandLine.Model.CommandSpec listed = CommandLine.Model.CommandSpec.create().name(ann.name());
                listed.usageMessage().description(ann.description());
                cl.addSubcommand(ann.name(), new CommandLine(listed));
            }
        }
        return cl;
    }
}
