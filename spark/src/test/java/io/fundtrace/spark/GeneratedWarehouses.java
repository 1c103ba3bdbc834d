package io.fundtrace.spark;

import io.fundtrace.warehouse.FileTrees;
import io.fundtrace.ingest.Ingest;
import io.fundtrace.synthetic.GeneratorOptions;
import io.fundtrace.synthetic.SyntheticDrop;
import io.fundtrace.warehouse.DuckDbEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One generated drop ingested into a DuckDB warehouse and, through the Spark ingest, into a Spark +
 * Delta warehouse: the cross-engine tests share it (one Spark ingest per test JVM; it costs minutes on
 * two cores). MartParityTest runs first (junit-platform.properties orders the classes), before
 * TimeTravelReportTest changes a Spark row.
 */
final class GeneratedWarehouses {
    private static GeneratedWarehouses shared;

    final Path folder;
    final Path drop;
    final SyntheticDrop.Summary summary;
    final DuckDbEngine duckdb;

    private GeneratedWarehouses(Path folder, double scale) {
        this.folder = folder;
        drop = folder.resolve("drop");
        summary = new SyntheticDrop(new GeneratorOptions(7, scale, 2018, 2020, "utf-8", "en", 0.02)).writeTo(drop);
        duckdb = DuckDbEngine.open(folder.resolve("warehouse.duckdb"));
        new Ingest().ingest(duckdb, drop, summary.lastEventDate());
        new Ingest().ingest(spark(), drop, summary.lastEventDate());
    }

    static synchronized GeneratedWarehouses shared() {
        if (shared == null) {
            try {
                Path folder = Files.createTempDirectory("fundtrace-engines-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> FileTrees.deleteQuietly(folder)));
                shared = new GeneratedWarehouses(folder, 0.02);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    /** The Spark warehouse, registered again in the shared session (other test classes move it to their folders). */
    SparkDeltaEngine spark() {
        return SharedSpark.engine(folder.resolve("delta"));
    }
}
