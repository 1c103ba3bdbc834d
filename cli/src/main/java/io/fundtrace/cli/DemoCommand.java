package io.fundtrace.cli;

import io.fundtrace.cli.engine.ReadableWarehouse;
import io.fundtrace.cli.engine.ReaderRoleOption;
import io.fundtrace.cli.engine.WarehousePathOption;
import io.fundtrace.synthetic.GeneratorOptions;
import io.fundtrace.synthetic.SyntheticDrop;
import io.fundtrace.warehouse.EngineSettings;
import io.fundtrace.warehouse.FileTrees;
import io.fundtrace.warehouse.OutputFormat;
import io.fundtrace.warehouse.ResultTable;
import io.fundtrace.warehouse.SqlResource;
import io.fundtrace.warehouse.WarehouseException;
import io.fundtrace.warehouse.gate.Role;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * `fundtrace demo`: the product's job end to end on synthetic data - the counties' monthly drops arrive in
 * an inbox, the monthly cycle runs month after month (ingest, dispatch, report and notices archived), and
 * the last month's state is summarised. Each step is the command a user (or the scheduled job) runs.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        header = "Run the demo: monthly drops -> monthly cycle -> report and notices, month after month.",
        description = {"Generate the synthetic monthly drops of fiscal 2018 (seed 7, scale 0.02; folders 2018-01 to",
                "2019-03, --last-year 2020 for 2018-2020 and 39 folders up to 2021-03) into OUT/inbox, run",
                "`fundtrace cycle` over the months into a fresh OUT/warehouse.duckdb (with --engine spark: a fresh",
                "folder of Delta tables OUT/delta), one line per month, archiving each month's report and",
                "department notices under OUT/archive/YYYY-MM/, then summarise the last month: the warnings by rule",
                "with their lifecycle, the feedback log and the ledger's totals."})
public final class DemoCommand implements Callable<Integer> {
    static final long SEED = 7;
    static final double SCALE = 0.02;
    static final int SPARK_MONTHS = 2;
    static final int FIRST_YEAR = 2018;

    @Option(names = "--out", defaultValue = "fundtrace-data",
            description = "Folder for everything the demo leaves behind (default ./${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--engine", paramLabel = "ENGINE", description = "duckdb (default) or spark.")
    String engine = "duckdb";

    @Option(names = "--master", paramLabel = "URL", description = "Spark master for --engine spark (default: local[*]).")
    String master = EngineSettings.DEFAULT_MASTER;

    @Option(names = "--last-year", paramLabel = "YEAR", defaultValue = "2018",
            description = "The last fiscal year of the synthetic world, from 2018 (default ${DEFAULT-VALUE}: 15 months of drops;"
                    + " 2020: 39 months, about three times as long).")
    int lastYear;

    @Option(names = "--months", paramLabel = "N",
            description = "Run the cycle for the first N months only (default: every month on duckdb; " + SPARK_MONTHS
                    + " on spark, whose cycle takes minutes a month on a small machine).")
    Integer months;

    @Mixin
    ReaderRoleOption role;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Role reader = role.parse();
        PrintWriter printer = spec.commandLine().getOut();
        Path root = out.toAbsolutePath().normalize();
        Path inbox = root.resolve("inbox");
        WarehousePathOption warehouseOption = WarehousePathOption.of(engine, master,
                root.resolve(engine.equals("spark") ? "delta" : "warehouse.duckdb"));
        Path warehouse = warehouseOption.path();
        Path archive = root.resolve("archive");

        step(printer, "1/3 the counties' monthly drops (synthetic, seed " + SEED + ", scale " + SCALE + ") into the inbox " + inbox);
        if (lastYear < FIRST_YEAR || lastYear > FIRST_YEAR + 2) {
            throw new IllegalArgumentException("--last-year must be " + FIRST_YEAR + " to " + (FIRST_YEAR + 2));
        }
        GeneratorOptions options = new GeneratorOptions(SEED, SCALE, FIRST_YEAR, lastYear, "utf-8", "en", 0);
        SyntheticDrop.MonthlySummary summary = new SyntheticDrop(options).writeMonthlyTo(inbox);
        long rows = summary.months().stream().mapToLong(SyntheticDrop.MonthFolder::rows).sum();
        YearMonth first = summary.months().get(0).month();
        YearMonth last = summary.months().get(summary.months().size() - 1).month();
        printer.printf("%d month folders %s .. %s, %,d rows; in inbox/_keys/ the expected warnings, lifecycle and feedback log%n",
                summary.months().size(), first, last, rows);
        int count = months != null ? months : warehouseOption.isSpark() ? SPARK_MONTHS : summary.months().size();
        if (count < 1 || count > summary.months().size()) {
            throw new IllegalArgumentException("--months must be 1 to " + summary.months().size());
        }
        YearMonth until = first.plusMonths(count - 1L);

        step(printer, "2/3 the monthly cycle, " + first + " .. " + until + ", into a fresh warehouse " + warehouse + " (" + engine + ")");
        FileTrees.delete(warehouse);
        FileTrees.delete(warehouse.resolveSibling(warehouse.getFileName() + ".wal"));
        FileTrees.delete(archive);
        run("cycle", "--from", first.toString(), "--to", until.toString(), "--inbox", inbox.toString(), "--out", archive.toString(),
                "--engine", engine, "--master", master, "--warehouse", warehouse.toString());

        step(printer, "3/3 the state at " + until.atEndOfMonth() + " (as " + reader + " reads it)");
        printSummary(printer, warehouseOption, reader);
        printer.println();
        printer.println("The demo left behind, under " + root + ":");
        printer.println("  inbox/              the monthly drop folders; inbox/_keys/ answer_key.csv, lifecycle_key.csv, feedback_key.csv");
        printer.printf("  %-19s the warehouse: raw, clean, quarantine, model, marts, audit (audit.cycle_folders: which cycle ingested what)%n",
                warehouseOption.isSpark() ? "delta/" : "warehouse.duckdb");
        printer.println("  archive/YYYY-MM/    each month's report (HTML, PDF, charts), department notices and manifest.csv");
        String engineOption = warehouseOption.isSpark() ? "--engine spark " : "";
        printer.println("Try: bin/fundtrace warnings " + engineOption + "--warehouse " + warehouse + " --as-of " + until.atEndOfMonth()
                + " --overdue --region 653100");
        printer.println("     bin/fundtrace feedback " + engineOption + "--warehouse " + warehouse + " --as-of " + until.atEndOfMonth()
                + " --outcome rejected");
        printer.flush();
        return 0;
    }

    private void step(PrintWriter printer, String text) {
        printer.println();
        printer.println("== " + text);
        printer.flush();
    }

    private void run(String... arguments) {
        spec.commandLine().getOut().flush();
        int exit = Fundtrace.execute(arguments);
        if (exit != 0) {
            throw new WarehouseException("demo step `fundtrace " + arguments[0] + "` failed (exit " + exit + ")");
        }
    }

    private void printSummary(PrintWriter printer, WarehousePathOption warehouse, Role reader) {
        try (ReadableWarehouse readable = ReadableWarehouse.asRole(warehouse, reader, engine -> { },
                List.of("marts.warnings", "marts.feedback", "marts.ledger", "model.dim_region"))) {
            Connection opened = readable.connection();
            printer.println("Warnings by rule, with their lifecycle:");
            printer.print(query(opened, "cli/demo_warnings_by_rule.sql"));
            printer.println();
            printer.println("The feedback log (整改反馈) by outcome:");
            printer.print(query(opened, "cli/demo_feedback.sql"));
            printer.println();
            printer.println("Master ledger (总台账), the autonomous region's year-to-date totals in yuan:");
            printer.print(query(opened, "cli/demo_ledger_totals.sql"));
        }
    }

    private static String query(Connection connection, String resource) {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(SqlResource.read(resource))) {
            return OutputFormat.table.render(ResultTable.read(rows));
        } catch (SQLException e) {
            throw new WarehouseException("demo summary " + resource + " failed: " + e.getMessage(), e);
        }
    }
}
