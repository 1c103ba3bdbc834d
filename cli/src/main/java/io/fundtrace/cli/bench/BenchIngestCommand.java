package io.fundtrace.cli.bench;

import io.fundtrace.ingest.IngestBenchmark;
import io.fundtrace.warehouse.FileTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `fundtrace bench ingest --rows N`: full ingest of a payments file against DuckDB's bare read of it. */
@Command(name = "ingest", mixinStandardHelpOptions = true, description = "Time the full ingest of N payment rows against a bare read_csv.")
public final class BenchIngestCommand implements Callable<Integer> {
    @Option(names = "--rows", paramLabel = "N", description = "Payment rows (default: ${DEFAULT-VALUE}).")
    long rows = 1_000_000;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, SQLException {
        Path folder = Files.createTempDirectory("fundtrace-bench-");
        try {
            ProcessMeter.resetPeaks();
            IngestBenchmark.Result result = IngestBenchmark.run(rows, folder);
            var out = spec.commandLine().getOut();
            out.printf("payments: %d rows, %.1f MiB; loaded %d, quarantined %d%n", result.rows(), result.fileBytes() / 1048576.0,
                    result.report().rowsLoaded(), result.report().rowsQuarantined());
            out.printf("full ingest: %d ms (%d rows/s)%n", result.ingestMillis(), result.rowsPerSecond());
            out.printf("bare CREATE TABLE AS SELECT * FROM read_csv: %d ms%n", result.bareReadMillis());
            out.printf("ratio full/bare: %.2f%n", result.ratio());
            out.printf("peak RSS %s, load %s%n", ProcessMeter.peakRss(), ProcessMeter.loadAverage());
            out.flush();
        } finally {
            FileTrees.deleteQuietly(folder);
        }
        return 0;
    }
}
