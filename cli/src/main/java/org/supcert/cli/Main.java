package org.supcert.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The supcert command line: a thin picocli adapter. Commands return exit codes
 * ({@link ExitCodes}); exceptions map to exit codes here, in one place; output goes through the
 * command's writers so tests can capture it; stack traces only with --stacktrace.
 */
@Command(name = "supcert", mixinStandardHelpOptions = true, version = "supcert 0.1.0",
        description = "Certifies sparsity supports of matrix factorizations and sparse networks.",
        subcommands = {CheckCommand.class, RecheckCommand.class, BenchCommand.class, FactorCommand.class, ButterflyCommand.class,
                ReportCommand.class, CiCommand.class, SweepCommand.class, CertifyCommand.class, CertifyAllCommand.class})
public final class Main implements Runnable {
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
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("supcert: " + ex.getMessage() + " (see '" + ex.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help')");
            return ExitCodes.INPUT_ERROR;
        });
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            boolean trace = ((Main) cl.getCommand()).stacktrace;
            if (ex instanceof IllegalArgumentException || ex instanceof UncheckedIOException) {
                err.println("supcert: " + oneLine(ex.getMessage()));
                if (trace) ex.printStackTrace(err);
                return ExitCodes.INPUT_ERROR;
            }
            err.println("supcert: internal error: " + ex + (trace ? "" : " (run with --stacktrace for details)"));
            if (trace) ex.printStackTrace(err);
            return ExitCodes.INTERNAL_ERROR;
        });
        return cl.execute(args);
    }

    static String oneLine(String s) {
        if (s == null) return "unknown error";
        return s.replace('\n', ' ').replace('\r', ' ');
    }
}
