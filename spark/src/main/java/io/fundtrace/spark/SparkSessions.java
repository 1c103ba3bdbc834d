package io.fundtrace.spark;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/** Builds the SparkSession with the settings architecture.md found to keep Spark quick and quiet. */
final class SparkSessions {
    private SparkSessions() {
    }

    static SparkSession create(String master, Path warehouse) {
        return SparkSession.builder()
                .appName("fundtrace")
                .master(master)
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.databricks.delta.snapshotPartitions", "2")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
                .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
                .config("spark.sql.warehouse.dir", warehouse.toAbsolutePath().toString())
                // LocalDate rather than java.sql.Date, as DuckDB returns.
                .config("spark.sql.datetime.java8API.enabled", "true")
                // Delta answers MIN/MAX of a DATE column from file statistics as java.sql.Date, which
                // fails under the java8 API above (ClassCastException in OptimizeMetadataOnlyDeltaQuery)
                .config("spark.databricks.delta.optimizeMetadataQuery.enabled", "false")
                // Reject, rather than NULL out, a value that does not fit its type: as DuckDB does.
                .config("spark.sql.ansi.enabled", "true")
                .config("spark.sql.session.timeZone", "UTC")
                // "v_amount" is a column, as in DuckDB and standard SQL, not a string
                .config("spark.sql.ansi.doubleQuotedIdentifiers", "true")
                // ${x} in a statement is text (a file name, a header), not a variable to substitute
                .config("spark.sql.variable.substitute", "false")
                .getOrCreate();
    }
}
