package io.fundtrace.cli.bench;

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
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * `fundtrace bench ingest`: the full ingest against DuckDB's bare read_csv of the same files, in one run -
 * of N rows of one payments file (`--rows`), or of every file of a generated drop (`--scale`).
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Time the full ingest against a bare read_csv of the same files: of N payment rows (--rows), or of every"
                + " file of a generated drop of --scale; with the peak resident memory of each and the load average.")
public final class BenchIngestCommand implements Callable<Integer> {
    @Option(names = "--rows", paramLabel = "N", description = "Payment rows of the one-file run (default: ${DEFAULT-VALUE}).")
    long rows = 1_000_000;

    @Option(names = "--scale", paramLabel = "S", description = "Instead of --rows: a generated drop of this scale (1 = about a million payments).")
    Double scale;

    @Option(names = "--seed", description = "Generator seed with --scale (default: ${DEFAULT-VALUE}).")
    long seed = 7;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, SQLException {
        Path folder = Files.createTempDirectory("fundtrace-bench-");
        PrintWriter out = spec.commandLine().getOut();
        try {
            if (scale != null) {
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
        ProcessMeter.resetPeaks();
        IngestBenchmark.Result result = IngestBenchmark.run(rows, folder);
        out.printf("payments: %d rows, %.1f MiB; loaded %d, quarantined %d%n", result.rows(), result.fileBytes() / 1048576.0,
                result.report().rowsLoaded(), result.report().rowsQuarantined());
        out.printf("full ingest: %d ms (%d rows/s)%n", result.ingestMillis(), result.rowsPerSecond());
        out.printf("bare CREATE TABLE AS SELECT * FROM read_csv: %d ms%n", result.bareReadMillis());
        out.printf("ratio full/bare: %.2f%n", result.ratio());
        out.printf("peak RSS %s, load %s%n", ProcessMeter.peakRss(), ProcessMeter.loadAverage());
        out.flush();
    }

    private void benchDrop(Path folder, PrintWriter out) throws IOException, SQLException {
        long started = System.nanoTime();
        SyntheticDrop.Summary drop = new SyntheticDrop(new GeneratorOptions(seed, scale, 2018, 2020, "utf-8", "en", 0))
                .writeTo(folder.resolve("drop"));
        List<Path> files = drop.files().stream().filter(file -> !file.entity().isEmpty())
                .map(file -> drop.folder().resolve(file.file())).toList();
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        out.printf("scale %s, seed %d: %d files, %.1f MiB, generated in %.1f s%n", scale, seed, files.size(), bytes / 1048576.0,
                (System.nanoTime() - started) / 1e9);
        out.flush();

        ProcessMeter.resetPeaks();
        started = System.nanoTime();
        IngestReport report;
        try (Warehouse warehouse = Warehouse.open(folder.resolve("warehouse.duckdb"))) {
            report = new Ingest().ingest(warehouse, drop.folder(), drop.lastEventDate());
        }
        long ingestMillis = (System.nanoTime() - started) / 1_000_000;
        out.printf("full ingest: %,d rows read, %,d loaded, %,d quarantined in %d ms (%,d rows/s), peak RSS %s, load %s%n",
                report.rowsRead(), report.rowsLoaded(), report.rowsQuarantined(), ingestMillis,
                report.rowsRead() * 1000 / Math.max(ingestMillis, 1), ProcessMeter.peakRss(), ProcessMeter.loadAverage());
        out.flush();

        ProcessMeter.resetPeaks();
        long bareMillis = IngestBenchmark.bareReadMillis(files, folder.resolve("bare.duckdb"));
        out.printf("bare CREATE TABLE AS SELECT * FROM read_csv of the same %d files: %d ms, peak RSS %s, load %s%n", files.size(),
                bareMillis, ProcessMeter.peakRss(), ProcessMeter.loadAverage());
        out.printf("ratio full/bare: %.2f%n", (double) ingestMillis / Math.max(bareMillis, 1));
        out.flush();
    }
}
