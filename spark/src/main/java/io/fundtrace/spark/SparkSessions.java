package io.fundtrace.spark;

import io.fundtrace.warehouse.EngineSettings;
import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;

/**
 * Builds the SparkSession: the settings fundtrace's SQL needs (always), and settings that keep Spark
 * quick at fundtrace's sizes, which a deployment may override with -Dspark.NAME=VALUE (Spark reads
 * spark.* system properties; FUNDTRACE_JAVA_OPTS passes them through bin/fundtrace), as it may any other
 * Spark setting (executor memory, cores, jars).
 */
final class SparkSessions {
    private SparkSessions() {
    }

    static SparkSession create(String master, Path warehouse) {
        return create(master, warehouse.toAbsolutePath().toString());
    }

    /** location: the warehouse folder, a local path or a URI (hdfs://, s3a://). */
    static SparkSession create(String master, String location) {
        SparkSession.Builder builder = SparkSession.builder().appName("fundtrace");
        // under spark-submit the master comes from its --master (spark.master), unless the command names one
        if (!(master.equals(EngineSettings.DEFAULT_MASTER) && System.getProperty("spark.master") != null)) {
            builder.master(master);
        }
        required(location).forEach(builder::config);
        tunable(master).forEach((name, value) -> {
            if (System.getProperty(name) == null) {
                builder.config(name, value);
            }
        });
        return builder.getOrCreate();
    }

    /** What the engine's SQL relies on: Delta, dates as LocalDate, ANSI errors, UTC, quoted identifiers. */
    private static Map<String, String> required(String location) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension");
        settings.put("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog");
        settings.put("spark.sql.warehouse.dir", location.contains(":") ? location : Path.of(location).toAbsolutePath().toString());
        // LocalDate rather than java.sql.Date, as DuckDB returns.
        settings.put("spark.sql.datetime.java8API.enabled", "true");
        // Delta answers MIN/MAX of a DATE column from file statistics as java.sql.Date, which fails under
        // the java8 API above (ClassCastException in OptimizeMetadataOnlyDeltaQuery)
        settings.put("spark.databricks.delta.optimizeMetadataQuery.enabled", "false");
        // Reject, rather than NULL out, a value that does not fit its type: as DuckDB does.
        settings.put("spark.sql.ansi.enabled", "true");
        settings.put("spark.sql.session.timeZone", "UTC");
        // "v_amount" is a column, as in DuckDB and standard SQL, not a string
        settings.put("spark.sql.ansi.doubleQuotedIdentifiers", "true");
        // ${x} in a statement is text (a file name, a header), not a variable to substitute
        settings.put("spark.sql.variable.substitute", "false");
        // Spark 4.2 fails to map a union's constraints when a scratch table is checkpointed from the union
        // of its rows and the one-pass row checks ("key not found: batch_id#..."); constraints only add
        // inferred filters, and deriving them is a known cost of large plans such as the ingest's unions
        settings.put("spark.sql.constraintPropagation.enabled", "false");
        return settings;
    }

    /**
     * Quick and quiet at fundtrace's sizes (architecture.md): no UI; on one machine few shuffle partitions,
     * the driver on the loopback address, a local file system that starts no processes and expressions
     * interpreted while the data is small. Delta re-checks every commit's file list against a full
     * state rebuild (Spark jobs) when the JVM's time zone is not UTC - e.g. Asia/Shanghai - to catch a
     * timestamp bug before 1883; fundtrace has no such dates and sets the session to UTC.
     */
    private static Map<String, String> tunable(String master) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("spark.ui.enabled", "false");
        settings.put("spark.databricks.delta.snapshotPartitions", "2");
        settings.put("spark.databricks.delta.allFilesInCrc.verificationMode.forceOnNonUTC.enabled", "false");
        if (master.startsWith("local")) {
            settings.put("spark.sql.shuffle.partitions", "4");
        }
        if (master.startsWith("local") || master.contains("//127.0.0.1:") || master.contains("//localhost:")) {
            settings.put("spark.driver.host", "127.0.0.1");
            // every process is on this machine and has fundtrace's classes: its local file system without
            // a chmod or readlink process per file Delta writes (ShellFreeRawLocalFileSystem)
            settings.put("spark.hadoop.fs.file.impl", ShellFreeLocalFileSystem.class.getName());
            settings.put("spark.hadoop.fs.AbstractFileSystem.file.impl", ShellFreeLocalFs.class.getName());
            // expressions interpreted until the data is large (ExpressionCompiling); an internal Spark
            // setting, honoured outside tests
            settings.put(ExpressionCompiling.SETTING, ExpressionCompiling.INTERPRETED);
        }
        if (!master.startsWith("local")) {
            // executors run Delta's code and the functions the engine ships (CSV line numbers, payee keys):
            // the driver serves them its own jars, so a stock Spark cluster of the same version needs nothing more
            String jars = executorJars();
            if (!jars.isEmpty()) {
                settings.put("spark.jars", jars);
            }
        }
        return settings;
    }

    /** The Delta and fundtrace jars on this process's class path, comma-separated. */
    static String executorJars() {
        return Arrays.stream(System.getProperty("java.class.path", "").split(File.pathSeparator))
                .filter(entry -> entry.endsWith(".jar"))
                .filter(entry -> {
                    String name = Path.of(entry).getFileName().toString();
                    return name.startsWith("fundtrace-") || name.startsWith("delta-spark") || name.startsWith("delta-storage");
                })
                .collect(Collectors.joining(","));
    }
}
