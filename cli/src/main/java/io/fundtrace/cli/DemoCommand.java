package io.fundtrace.cli;

import io.fundtrace.cli.engine.ReadableWarehouse;
import io.fundtrace.cli.engine.ReaderRoleOption;
import io.fundtrace.cli.engine.WarehousePathOption;
import io.fundtrace.cli.load.DropReport;
import io.fundtrace.synthetic.GeneratorOptions;
import io.fundtrace.synthetic.SyntheticDrop;
import io.fundtrace.warehouse.EngineSettings;
import io.fundtrace.warehouse.FileTrees;
import io.fundtrace.warehouse.OutputFormat;
import io.fundtrace.warehouse.ResultTable;
import io.fundtrace.warehouse.SqlResource;
import io.fundtrace.warehouse.WarehouseException;
import io.fundtrace.warehouse.gate.Role;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * `fundtrace demo`: the main job on a small synthetic drop - generate, ingest, build the marts,
 * summarise, and write the monthly report of the latest complete month. Each step is the same
 * command a user runs, so the demo shows exactly what those commands do.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        header = "Run the demo: synthetic drop -> warehouse -> marts -> report.",
        description = {"Generate a small synthetic drop (seed 7, scale 0.02) into OUT/drop, ingest it into a fresh",
                "OUT/warehouse.duckdb (with --engine spark: a fresh folder of Delta tables OUT/delta), build the marts",
                "as of the drop's last date, print the warnings by rule and the ledger's totals, and write the monthly",
                "report of the latest complete month into OUT/reports."})
public final class DemoCommand implements Callable<Integer> {
    static final long SEED = 7;
    static final double SCALE = 0.02;

    @Option(names = "--out", defaultValue = "fundtrace-data",
            description = "Folder for everything the demo leaves behind (default ./${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--engine", paramLabel = "ENGINE", description = "duckdb (default) or spark.")
    String engine = "duckdb";

    @Option(names = "--master", paramLabel = "URL", description = "Spark master for --engine spark (default: local[*]).")
    String master = EngineSettings.DEFAULT_MASTER;

    @Mixin
    ReaderRoleOption role;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Role reader = role.parse();
        PrintWriter printer = spec.commandLine().getOut();
        Path root = out.toAbsolutePath().normalize();
        Path drop = root.resolve("drop");
        WarehousePathOption warehouseOption = warehouseOption(root);
        Path warehouse = warehouseOption.path();
        Path reports = root.resolve("reports");
        String[] engineOptions = {"--engine", engine, "--master", master, "--warehouse", warehouse.toString()};

        step(printer, "1/4 generate a synthetic drop (seed " + SEED + ", scale " + SCALE + ") into " + drop);
        GeneratorOptions options = new GeneratorOptions(SEED, SCALE, 2018, 2020, "utf-8", "en", 0.001);
        SyntheticDrop.Summary summary = new SyntheticDrop(options).writeTo(drop);
        DropReport.print(printer, summary);
        LocalDate lastDate = summary.lastEventDate();

        step(printer, "2/4 ingest it into a fresh warehouse " + warehouse + " (" + engine + ", drop date " + lastDate + ")");
        deleteWarehouse(warehouse);
        run(arguments(List.of("ingest", drop.toString(), "--today", lastDate.toString()), engineOptions));

        step(printer, "3/4 build the marts as of " + lastDate);
        run(arguments(List.of("build", "--as-of", lastDate.toString()), engineOptions));
        printSummary(printer, warehouseOption, reader);

        YearMonth month = latestCompleteMonth(lastDate);
        step(printer, "4/4 the monthly report for " + month + " into " + reports);
        run(arguments(List.of("report", "--month", month.toString(), "--out", reports.toString(), "--role", reader.toString()),
                engineOptions));

        printer.println();
        printer.println("The demo left behind, under " + root + ":");
        printer.println("  drop/               the synthetic extracts; drop/_keys/ answer_key.csv and dirty_key.csv");
        printer.printf("  %-19s the warehouse: raw, clean, quarantine, model, marts, audit%n",
                warehouseOption.isSpark() ? "delta/" : "warehouse.duckdb");
        printer.println("  reports/            the monthly report (HTML, PDF, PNG charts)");
        printer.println("Try: bin/fundtrace warnings " + (warehouseOption.isSpark() ? "--engine spark " : "")
                + "--warehouse " + warehouse);
        printer.flush();
        return 0;
    }

    static YearMonth latestCompleteMonth(LocalDate lastDate) {
        YearMonth month = YearMonth.from(lastDate);
        return lastDate.equals(month.atEndOfMonth()) ? month : month.minusMonths(1);
    }

    private void step(PrintWriter printer, String text) {
        printer.println();
        printer.println("== " + text);
        printer.flush();
    }

    /** The demo's own warehouse under --out: warehouse.duckdb, or the folder delta for Spark. */
    private WarehousePathOption warehouseOption(Path root) {
        return WarehousePathOption.of(engine, master, root.resolve(engine.equals("spark") ? "delta" : "warehouse.duckdb"));
    }

    /** A fresh start: the demo's previous warehouse (its own file or folder under --out) goes. */
    private static void deleteWarehouse(Path warehouse) {
        FileTrees.delete(warehouse);
        FileTrees.delete(warehouse.resolveSibling(warehouse.getFileName() + ".wal"));
    }

    private static String[] arguments(List<String> command, String[] engineOptions) {
        List<String> all = new ArrayList<>(command);
        all.addAll(List.of(engineOptions));
        return all.toArray(String[]::new);
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
                List.of("marts.warnings", "marts.ledger", "model.dim_region"))) {
            Connection opened = readable.connection();
            printer.println();
            printer.println("Warnings by rule:");
            printer.print(query(opened, "cli/demo_warnings_by_rule.sql"));
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
