package io.fundtrace.cli.bench;

import io.fundtrace.ingest.Ingest;
import io.fundtrace.ingest.IngestReport;
import io.fundtrace.marts.BuildResult;
import io.fundtrace.marts.DataTestResult;
import io.fundtrace.marts.MartBuild;
import io.fundtrace.marts.MartRunner;
import io.fundtrace.synthetic.GeneratorOptions;
import io.fundtrace.synthetic.SyntheticDrop;
import io.fundtrace.warehouse.FileTrees;
import io.fundtrace.warehouse.Warehouse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `fundtrace bench build --scale S`: a generated warehouse of that scale, then the time of every mart. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Generate a drop of --scale, ingest it, build every mart and print the time per mart and in total.")
public final class BenchBuildCommand implements Callable<Integer> {
    @Option(names = "--scale", description = "Generator scale; 1 = about a million payments (default: ${DEFAULT-VALUE}).")
    double scale = 1;

    @Option(names = "--seed", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed = 7;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path folder = Files.createTempDirectory("fundtrace-bench-build-");
        try {
            long started = System.nanoTime();
            SyntheticDrop.Summary drop = new SyntheticDrop(new GeneratorOptions(seed, scale, 2018, 2020, "utf-8", "en", 0))
                    .writeTo(folder.resolve("drop"));
            out.printf("generate: scale %s, %d ms%n", scale, millisSince(started));
            try (Warehouse warehouse = Warehouse.open(folder.resolve("warehouse.duckdb"))) {
                started = System.nanoTime();
                IngestReport report = new Ingest().ingest(warehouse, drop.folder(), drop.lastEventDate());
                out.printf("ingest: %d rows, %d ms%n", report.rowsRead(), millisSince(started));
                out.flush();
                started = System.nanoTime();
                BuildResult result = new MartRunner(warehouse).build(drop.lastEventDate());
                long total = millisSince(started);
                out.printf("build as of %s:%n", result.asOf());
                long marts = 0;
                for (MartBuild mart : result.marts()) {
                    out.printf("  %-32s %10d rows %8d ms%n", mart.mart(), mart.rows(), mart.millis());
                    marts += mart.millis();
                }
                out.printf("  %-32s %10s      %8d ms%n", "marts", "", marts);
                out.printf("  %-32s %10s      %8d ms%n", "data tests and audit", "", total - marts);
                out.printf("  %-32s %10s      %8d ms%n", "total", "", total);
                for (DataTestResult test : result.tests()) {
                    out.printf("  test %-27s %s%n", test.test(), test.failingRows() == 0 ? "pass" : "FAIL (" + test.failingRows() + " rows)");
                }
            }
            out.flush();
        } finally {
            FileTrees.deleteQuietly(folder);
        }
        return 0;
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
