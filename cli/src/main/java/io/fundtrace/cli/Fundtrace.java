package io.fundtrace.cli;

import io.fundtrace.cli.bench.BenchCommand;
import io.fundtrace.cli.cycle.CycleCommand;
import io.fundtrace.cli.load.BatchesCommand;
import io.fundtrace.cli.load.GenerateCommand;
import io.fundtrace.cli.load.IngestCommand;
import io.fundtrace.cli.load.QuarantineCommand;
import io.fundtrace.cli.monitor.BuildCommand;
import io.fundtrace.cli.monitor.FeedbackCommand;
import io.fundtrace.cli.monitor.LedgerCommand;
import io.fundtrace.cli.monitor.RulesCommand;
import io.fundtrace.cli.monitor.WarningsCommand;
import io.fundtrace.cli.query.NotebookCommand;
import io.fundtrace.cli.query.SqlCommand;
import io.fundtrace.cli.report.MetricsCommand;
import io.fundtrace.cli.report.NoticesCommand;
import io.fundtrace.cli.report.ReportCommand;
import io.fundtrace.cli.serve.ServeCommand;
import io.fundtrace.cli.users.UsersCommand;
import io.fundtrace.warehouse.WarehouseException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The `fundtrace` command: one subcommand per verb, no business logic here. */
@Command(name = "fundtrace", mixinStandardHelpOptions = true, version = "fundtrace 0.1.0",
        description = {"Dynamic monitoring of fiscal poverty-alleviation funds (财政扶贫资金动态监控):",
                "synthetic drop -> ingest -> warehouse -> marts -> reports."},
        subcommands = {CommandLine.HelpCommand.class, GenerateCommand.class, DemoCommand.class,
                IngestCommand.class, CycleCommand.class, QuarantineCommand.class, BatchesCommand.class,
                BuildCommand.class, WarningsCommand.class, FeedbackCommand.class, LedgerCommand.class, RulesCommand.class,
                ReportCommand.class, NoticesCommand.class, MetricsCommand.class, BenchCommand.class, SqlCommand.class,
                NotebookCommand.class, ServeCommand.class, UsersCommand.class})
public final class Fundtrace implements Runnable {
    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Show the stack trace of an error.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        return commandLine(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true), args).execute(args);
    }

    /** The configured command line writing to the given streams (tests pass their own). */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new Fundtrace());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            boolean debug = parseResult.hasMatchedOption("--debug")
                    || java.util.Arrays.asList(args).contains("--debug");
            if (debug) {
                exception.printStackTrace(line.getErr());
            }
            String message = exception instanceof WarehouseException || exception instanceof IllegalArgumentException
                    ? exception.getMessage()
                    : exception.getClass().getSimpleName() + ": " + exception.getMessage();
            line.getErr().println("fundtrace: " + message);
            return 1;
        });
        return commandLine;
    }
}
