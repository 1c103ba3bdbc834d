package io.fundtrace.warehouse;

import java.nio.file.Path;

/**
 * Where an engine keeps its data: a DuckDB file, or a folder of Delta tables - a local path or, for
 * Spark, a URI every executor reaches (hdfs://namenode/warehouse, s3a://bucket/warehouse); master is
 * Spark's master URL (local[*] on one machine) and is ignored by DuckDB.
 */
public record EngineSettings(String engine, String location, String master) {
    public static final String DEFAULT_MASTER = "local[*]";

    public EngineSettings(String engine, Path location, String master) {
        this(engine, location.toString(), master);
    }

    /** Whether a location is a URI with a scheme (file://, hdfs://, s3a://) rather than a local path. */
    public static boolean isUri(String location) {
        return location.matches("[a-zA-Z][a-zA-Z0-9+.-]*://.*");
    }

    /** The location as a local path (DuckDB's file). */
    public Path path() {
        return Path.of(location);
    }
}
