package io.fundtrace.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A read-only DuckDB copy of some tables of another engine's warehouse, each at a recorded version
 * or as it is now: the readers (reports, listings, the SQL gate) then run unchanged on it. The copy
 * goes through Parquet files, which keep exact decimals and dates. The versions read are kept, so a
 * report can say what it read and be rebuilt from the same versions later.
 */
public final class EngineSnapshot implements AutoCloseable {
    private final Warehouse warehouse;
    private final Path folder;
    private final Map<String, Long> versions;

    private EngineSnapshot(Warehouse warehouse, Path folder, Map<String, Long> versions) {
        this.warehouse = warehouse;
        this.folder = folder;
        this.versions = versions;
    }

    /** Copies the tables at the given versions (a table missing from atVersions is read as it is now). */
    public static EngineSnapshot take(Engine engine, List<String> tables, Map<String, Long> atVersions) {
        Path folder;
        try {
            folder = Files.createTempDirectory("fundtrace-snapshot-");
        } catch (IOException e) {
            throw new WarehouseException("cannot create a folder for a warehouse snapshot: " + e.getMessage(), e);
        }
        Map<String, Long> read = new LinkedHashMap<>(engine.versions(tables));
        read.putAll(atVersions);
        Warehouse warehouse = Warehouse.open(folder.resolve("snapshot.duckdb"));
        try {
            DuckDbEngine copy = DuckDbEngine.over(warehouse);
            for (String table : tables) {
                Path parquet = folder.resolve("parquet").resolve(table);
                engine.exportParquet(table, atVersions.get(table), parquet);
                String source = "read_parquet('" + parquet.toAbsolutePath().toString().replace("'", "''") + "/*.parquet')";
                if (copy.exists(table)) {
                    copy.execute("INSERT INTO " + table + " SELECT * FROM " + source);
                } else {
                    copy.execute("CREATE SCHEMA IF NOT EXISTS " + table.substring(0, table.indexOf('.')));
                    copy.execute("CREATE TABLE " + table + " AS SELECT * FROM " + source);
                }
            }
        } catch (RuntimeException e) {
            warehouse.close();
            FileTrees.deleteQuietly(folder);
            throw e;
        }
        return new EngineSnapshot(warehouse, folder, read);
    }

    public Warehouse warehouse() {
        return warehouse;
    }

    /** The version of every table copied, as read. */
    public Map<String, Long> versions() {
        return versions;
    }

    @Override
    public void close() {
        warehouse.close();
        FileTrees.deleteQuietly(folder);
    }
}
