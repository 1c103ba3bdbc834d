package io.fundtrace.cli.engine;

import io.fundtrace.warehouse.Engine;
import io.fundtrace.warehouse.EngineSettings;
import io.fundtrace.warehouse.Engines;
import io.fundtrace.warehouse.Warehouse;
import io.fundtrace.warehouse.WarehouseException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * --engine, --master and --warehouse, shared by every command that opens the warehouse: a DuckDB file
 * (the default) or, with --engine spark, a folder of Delta tables on a local or cluster Spark.
 */
public final class WarehousePathOption {
    static final Path DEFAULT_DELTA_PATH = Path.of("fundtrace-data", "delta");

    @Option(names = "--engine", paramLabel = "ENGINE", description = "duckdb (default) or spark.")
    String engine = "duckdb";

    @Option(names = "--master", paramLabel = "URL", description = "Spark master for --engine spark (default: local[*]).")
    String master = EngineSettings.DEFAULT_MASTER;

    @Option(names = "--warehouse", paramLabel = "PATH",
            description = "Warehouse: a DuckDB file (default fundtrace-data/warehouse.duckdb) or, with --engine spark,"
                    + " a folder of Delta tables (default fundtrace-data/delta; on a cluster a URI every executor reaches,"
                    + " hdfs://... or s3a://...).")
    String location;

    /** The options a command sets itself (the demo's own warehouse under its --out). */
    public static WarehousePathOption of(String engine, String master, Path path) {
        WarehousePathOption option = new WarehousePathOption();
        option.engine = engine;
        option.master = master;
        option.location = path.toString();
        return option;
    }

    /** The warehouse as a local path (a DuckDB file, or a local Delta folder). */
    public Path path() {
        return Path.of(location());
    }

    /** The warehouse as given: a local path, or with --engine spark also a URI (hdfs://, s3a://). */
    public String location() {
        if (location != null) {
            return location;
        }
        return (isSpark() ? DEFAULT_DELTA_PATH : Warehouse.DEFAULT_PATH).toString();
    }

    public boolean isSpark() {
        return engine.equals("spark");
    }

    /** The chosen engine over an existing warehouse; DuckDB is opened directly, any other through its service (no Spark class otherwise). */
    public Engine openEngine() {
        requireExisting();
        return openOrCreateEngine();
    }

    /** The chosen engine, making a new warehouse where there is none: only for the commands that load one (ingest, cycle, demo). */
    public Engine openOrCreateEngine() {
        if (!engine.equals("duckdb") && !engine.equals("spark")) {
            throw new WarehouseException("--engine must be duckdb or spark, not " + engine);
        }
        return Engines.open(new EngineSettings(engine, location(), master));
    }

    /** The DuckDB warehouse file, for commands that read it directly. */
    public Warehouse open() {
        if (isSpark()) {
            throw new WarehouseException("this command reads a DuckDB warehouse; with --engine spark it is not available yet");
        }
        requireExisting();
        return Warehouse.open(path());
    }

    /** A command that reads a warehouse must not make an empty one at a mistyped path. */
    private void requireExisting() {
        if (isSpark() && EngineSettings.isUri(location())) {
            // hdfs://, s3a://, file://: not a local path to look at; the engine looks through Hadoop's FileSystem
            if (!Engines.exists(engine, location())) {
                throw new WarehouseException("no warehouse at " + location() + " (no such folder): check --warehouse, or load a"
                        + " drop there first with fundtrace ingest");
            }
            return;
        }
        Path warehouse = path();
        if (isSpark() ? !Files.isDirectory(warehouse) : !Files.isRegularFile(warehouse)) {
            throw new WarehouseException("no warehouse at " + warehouse + " (" + (isSpark() ? "no such folder" : "no such file")
                    + "): check --warehouse, or load a drop there first with fundtrace ingest");
        }
    }
}
