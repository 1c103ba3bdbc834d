package io.fundtrace.cli.bench;

import io.fundtrace.ingest.FileReport;
import io.fundtrace.ingest.Ingest;
import io.fundtrace.ingest.IngestBenchmark;
import io.fundtrace.ingest.IngestReport;
import io.fundtrace.synthetic.GeneratorOptions;
import io.fundtrace.synthetic.SyntheticDrop;
import io.fundtrace.warehouse.FileTrees;
import io.fundtrace.warehouse.Warehouse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * `fundtrace bench ingest`: the full ingest against DuckDB's bare read_csv of the same files, in one run -
 * of N rows of one payments file (`--rows`), of every file of a generated drop (`--scale`) or of a drop folder
 * on disk (`--drop`); or, with `--monthly`, the last month of a monthly drop into the warehouse holding the
 * months before it against the same folder into an empty warehouse.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Time the full ingest against a bare read_csv of the same files: of N payment rows (--rows), of every"
                + " file of a generated drop of --scale, or of the drop folder --drop; with the peak resident memory of each and the"
                + " load average. With --monthly (and --scale): the last month's folder of a monthly drop ingested into the"
                + " warehouse that holds every month before it, against the same folder into an empty warehouse.")
public final class BenchIngestCommand implements Callable<Integer> {
    @Option(names = "--rows", paramLabel = "N", description = "Payment rows of the one-file run (default: ${DEFAULT-VALUE}).")
    long rows = 1_000_000;

    @Option(names = "--scale", paramLabel = "S", description = "Instead of --rows: a generated drop of this scale (1 = about a million payments).")
    Double scale;

    @Option(names = "--drop", paramLabel = "DIR",
            description = "Instead of --rows or --scale: this drop folder (one `fundtrace generate` wrote, or an export), read by a"
                    + " process that generated nothing, so the peak resident memory is the ingest's own. Its loaded files must be"
                    + " UTF-8 CSV, which the bare read_csv reads.")
    Path drop;

    @Option(names = "--today", paramLabel = "DATE", description = "With --drop: the drop's date (default: the current date).")
    LocalDate today;

    @Option(names = "--seed", description = "Generator seed with --scale (default: ${DEFAULT-VALUE}).")
    long seed = 7;

    @Option(names = "--monthly", description = "With --scale: the incremental monthly ingest of --month (fiscal 2018-2020).")
    boolean monthly;

    @Option(names = "--month", paramLabel = "YYYY-MM",
            description = "With --monthly: the month ingested (default: ${DEFAULT-VALUE}, the busiest: the year-end rush).")
    YearMonth month = YearMonth.of(2020, 12);

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, SQLException {
        Path folder = Files.createTempDirectory("fundtrace-bench-");
        PrintWriter out = spec.commandLine().getOut();
        try {
            if (monthly && scale == null) {
                throw new ParameterException(spec.commandLine(), "--monthly needs --scale");
            }
            if (drop != null && scale != null) {
                throw new ParameterException(spec.commandLine(), "--drop and --scale: choose one");
            }
            if (today != null && drop == null) {
                throw new ParameterException(spec.commandLine(), "--today goes with --drop (a generated drop has its own date)");
            }
            if (monthly) {
                benchMonthly(folder, out);
            } else if (drop != null) {
                return benchFolder(folder, out);
            } else if (scale != null) {
                benchDrop(folder, out);
            } else {
                benchRows(folder, out);
            }
        } finally {
            FileTrees.deleteQuietly(folder);
        }
        return 0;
    }

    private void benchRows(Path folder, PrintWriter out) throws IOException, SQLException {
        long resident = ProcessMeter.resetPeaks();
        IngestBenchmark.Result result = IngestBenchmark.run(rows, folder);
        out.printf("payments: %d rows, %.1f MiB; loaded %d, quarantined %d%n", result.rows(), result.fileBytes() / 1048576.0,
                result.report().rowsLoaded(), result.report().rowsQuarantined());
        out.printf("full ingest: %d ms (%d rows/s)%n", result.ingestMillis(), result.rowsPerSecond());
        out.printf("bare CREATE TABLE AS SELECT * FROM read_csv: %d ms%n", result.bareReadMillis());
        out.printf("ratio full/bare: %.2f%n", result.ratio());
        out.printf("peak RSS %s, load %s%n", ProcessMeter.peakRss(resident), ProcessMeter.loadAverage());
        out.flush();
    }

    private void benchDrop(Path folder, PrintWriter out) throws IOException, SQLException {
        long started = System.nanoTime();
        SyntheticDrop.Summary generated = new SyntheticDrop(new GeneratorOptions(seed, scale, 2018, 2020, "utf-8", "en", 0))
                .writeTo(folder.resolve("drop"));
        List<Path> files = generated.files().stream().filter(file -> !file.entity().isEmpty())
                .map(file -> generated.folder().resolve(file.file())).toList();
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        out.printf("scale %s, seed %d: %d files, %.1f MiB, generated in %.1f s%n", scale, seed, files.size(), bytes / 1048576.0,
                (System.nanoTime() - started) / 1e9);
        out.flush();
        ingestAndBareRead(generated.folder(), generated.lastEventDate(), folder, out);
    }

    /** --drop: the folder's files, in a process whose heap no generator grew. */
    private int benchFolder(Path folder, PrintWriter out) throws SQLException {
        if (!Files.isDirectory(drop)) {
            throw new ParameterException(spec.commandLine(), "--drop " + drop + ": not a folder");
        }
        return ingestAndBareRead(drop, today == null ? LocalDate.now() : today, folder, out) ? 0 : 1;
    }

    /**
     * The full ingest, then the bare read of the files it loaded; false (after a line saying why) when a loaded file is
     * not UTF-8 CSV, which read_csv does not read.
     */
    private static boolean ingestAndBareRead(Path dropFolder, LocalDate dropDate, Path folder, PrintWriter out) throws SQLException {
        long resident = ProcessMeter.resetPeaks();
        long started = System.nanoTime();
        IngestReport report;
        try (Warehouse warehouse = Warehouse.open(folder.resolve("warehouse.duckdb"))) {
            report = new Ingest().ingest(warehouse, dropFolder, dropDate);
        }
        long ingestMillis = (System.nanoTime() - started) / 1_000_000;
        List<FileReport> loaded = report.files().stream().filter(file -> file.outcome().equals("loaded")).toList();
        out.printf("full ingest: %,d files loaded, %,d rows read, %,d loaded, %,d quarantined in %d ms (%,d rows/s), peak RSS %s,"
                        + " load %s%n", loaded.size(), report.rowsRead(), report.rowsLoaded(), report.rowsQuarantined(), ingestMillis,
                report.rowsRead() * 1000 / Math.max(ingestMillis, 1), ProcessMeter.peakRss(resident), ProcessMeter.loadAverage());
        out.flush();
        for (FileReport file : loaded) {
            if (!file.encoding().startsWith("UTF-8") || !file.file().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                out.printf("no bare read: %s is %s, and read_csv reads UTF-8 CSV%n", file.file(), file.encoding());
                out.flush();
                return false;
            }
        }

        long bareResident = ProcessMeter.resetPeaks();
        List<Path> files = loaded.stream().map(file -> dropFolder.resolve(file.file())).toList();
        long bareMillis = IngestBenchmark.bareReadMillis(files, folder.resolve("bare.duckdb"));
        out.printf("bare CREATE TABLE AS SELECT * FROM read_csv of the same %d files: %d ms, peak RSS %s, load %s%n", files.size(),
                bareMillis, ProcessMeter.peakRss(bareResident), ProcessMeter.loadAverage());
        out.printf("ratio full/bare: %.2f%n", (double) ingestMillis / Math.max(bareMillis, 1));
        out.flush();
        return true;
    }

    private void benchMonthly(Path folder, PrintWriter out) {
        long started = System.nanoTime();
        SyntheticDrop.MonthlySummary drop = new SyntheticDrop(new GeneratorOptions(seed, scale, 2018, 2020, "utf-8", "en", 0))
                .writeMonthlyTo(folder.resolve("inbox"));
        List<SyntheticDrop.MonthFolder> before = drop.months().stream().filter(monthFolder -> monthFolder.month().isBefore(month)).toList();
        SyntheticDrop.MonthFolder last = drop.months().stream().filter(monthFolder -> monthFolder.month().equals(month)).findFirst()
                .orElseThrow(() -> new ParameterException(spec.commandLine(), "no folder " + month + " in the drop"));
        long history = before.stream().mapToLong(SyntheticDrop.MonthFolder::rows).sum();
        out.printf("scale %s, seed %d, monthly: %d folders, %,d rows before %s, %,d rows in it; generated in %.1f s%n", scale, seed,
                drop.months().size(), history, last.month(), last.rows(), (System.nanoTime() - started) / 1e9);
        out.flush();

        long emptyMillis = ingestMonth(folder.resolve("empty.duckdb"), drop.folder(), last, out, "into an empty warehouse");

        started = System.nanoTime();
        Path warehouse = folder.resolve("history.duckdb");
        try (Warehouse opened = Warehouse.open(warehouse)) {
            for (SyntheticDrop.MonthFolder earlier : before) {
                new Ingest().ingest(opened, drop.folder().resolve(earlier.month().toString()), runDay(earlier.month()));
            }
        }
        out.printf("the %d months before it ingested one by one in %.1f s%n", before.size(), (System.nanoTime() - started) / 1e9);
        out.flush();
        long incrementalMillis = ingestMonth(warehouse, drop.folder(), last, out, "into the warehouse holding the months before it");
        out.printf("ratio incremental/empty: %.2f%n", (double) incrementalMillis / Math.max(emptyMillis, 1));
        out.flush();
    }

    private static long ingestMonth(Path warehouseFile, Path inbox, SyntheticDrop.MonthFolder month, PrintWriter out, String where) {
        long resident = ProcessMeter.resetPeaks();
        long started = System.nanoTime();
        IngestReport report;
        try (Warehouse warehouse = Warehouse.open(warehouseFile)) {
            report = new Ingest().ingest(warehouse, inbox.resolve(month.month().toString()), runDay(month.month()));
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        out.printf("%s %s: %,d rows read, %,d loaded, %,d quarantined (held) in %d ms, peak RSS %s, load %s%n", month.month(), where,
                report.rowsRead(), report.rowsLoaded(), report.rowsQuarantined(), millis, ProcessMeter.peakRss(resident),
                ProcessMeter.loadAverage());
        out.flush();
        return millis;
    }

    /**
     * The day the scheduled cycle ingests a month's folder (deploy/systemd: the 5th of the next month): a row
     * of the month received or refunded in its first days is not from the future then.
     */
    private static LocalDate runDay(YearMonth month) {
        return month.plusMonths(1).atDay(5);
    }
}
