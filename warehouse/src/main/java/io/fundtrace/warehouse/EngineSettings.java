package io.fundtrace.warehouse;

import java.nio.file.Path;

/**
 * Where an engine keeps its data: a DuckDB file, or a folder of Delta tables; master is Spark's
 * master URL (local[*] on one machine) and is ignored by DuckDB.
 */
public record EngineSettings(String engine, Path location, String master) {
    public static final String DEFAULT_MASTER = "local[*]";
}
