package io.fundtrace.spark;

import io.fundtrace.ingest.Ingest;
import io.fundtrace.ingest.synthetic.GeneratorOptions;
import io.fundtrace.ingest.synthetic.SyntheticDrop;
import io.fundtrace.warehouse.DuckDbEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One generated drop loaded into a DuckDB warehouse and into a Spark + Delta warehouse, for the cross-engine tests. */
final class GeneratedWarehouses implements AutoCloseable {
    final Path drop;
    final SyntheticDrop.Summary summary;
    final DuckDbEngine duckdb;
    final SparkDeltaEngine spark;

    GeneratedWarehouses(Path folder, double scale) {
        drop = folder.resolve("drop");
        summary = new SyntheticDrop(new GeneratorOptions(7, scale, 2018, 2020, "utf-8", "en", 0.02)).writeTo(drop);
        duckdb = DuckDbEngine.open(folder.resolve("warehouse.duckdb"));
        new Ingest().ingest(duckdb.warehouse(), drop, summary.lastEventDate());
        spark = SharedSpark.engine(folder.resolve("delta"));
        loadSparkFromDuckDb(duckdb, spark, folder.resolve("copy"));
    }

    /**
     * Fills the Spark warehouse's clean and audit tables with the DuckDB warehouse's rows (through
     * Parquet, which keeps decimals and dates exact): stands in for the Spark ingest until it lands,
     * when this becomes new Ingest().ingest(spark, drop, lastEventDate).
     */
    static void loadSparkFromDuckDb(DuckDbEngine from, SparkDeltaEngine to, Path parquet) {
        for (String table : from.tables()) {
            if (!(table.startsWith("clean.") || table.startsWith("audit.batch")) || !to.exists(table)) {
                continue;
            }
            Path files = parquet.resolve(table);
            try {
                Files.createDirectories(files);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            from.exportParquet(table, null, files);
            to.execute("INSERT INTO " + table + " SELECT * FROM parquet.`" + files.toAbsolutePath() + "`");
        }
    }

    @Override
    public void close() {
        duckdb.close();
        spark.close();
    }
}
