package io.fundtrace.cli.engine;

import io.fundtrace.warehouse.DuckDbEngine;
import io.fundtrace.warehouse.Engine;
import io.fundtrace.warehouse.EngineSnapshot;
import io.fundtrace.warehouse.Warehouse;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The DuckDB warehouse a read-only command reads: the file itself, or, with --engine spark, a temporary
 * DuckDB snapshot of just the Delta tables the command names (EngineSnapshot), so that the existing
 * DuckDB listings run unchanged on either engine.
 */
public final class ReadableWarehouse implements AutoCloseable {
    private final Warehouse warehouse;
    private final Path file;
    private final Runnable closer;

    private ReadableWarehouse(Warehouse warehouse, Path file, Runnable closer) {
        this.warehouse = warehouse;
        this.file = file;
        this.closer = closer;
    }

    /** Reads the tables as they are now. */
    public static ReadableWarehouse open(WarehousePathOption option, List<String> tables) {
        return open(option, engine -> { }, engine -> tables);
    }

    /**
     * Runs prepare on the engine first (e.g. building the marts for the date asked), then opens what to read;
     * tables says which tables a snapshot copies; one the warehouse does not hold yet is left out.
     */
    public static ReadableWarehouse open(WarehousePathOption option, Consumer<Engine> prepare, Function<Engine, List<String>> tables) {
        Engine engine = option.openEngine();
        try {
            prepare.accept(engine);
            if (engine instanceof DuckDbEngine duckdb) {
                return new ReadableWarehouse(duckdb.warehouse(), duckdb.warehouse().path(), engine::close);
            }
            List<String> present = tables.apply(engine).stream().filter(engine::exists).toList();
            EngineSnapshot snapshot = EngineSnapshot.take(engine, present, Map.of());
            engine.close();
            return new ReadableWarehouse(snapshot.warehouse(), snapshot.warehouse().path(), snapshot::close);
        } catch (RuntimeException e) {
            engine.close();
            throw e;
        }
    }

    /** Every table of the given schemas, for readers of whole schemas (the SQL gate). */
    public static Function<Engine, List<String>> schemas(String... schemas) {
        List<String> prefixes = Arrays.stream(schemas).map(schema -> schema + ".").toList();
        return engine -> engine.tables().stream().filter(table -> prefixes.stream().anyMatch(table::startsWith)).toList();
    }

    public Warehouse warehouse() {
        return warehouse;
    }

    /**
     * For a reader that attaches the DuckDB file itself (the SQL gate, which reports a missing file): the
     * file as given, or a snapshot's file, whose connection is closed here as DuckDB refuses a second,
     * read-only attachment of a file open in the same process.
     */
    public static ReadableWarehouse toAttach(WarehousePathOption option, Function<Engine, List<String>> tables) {
        if (!option.isSpark()) {
            return new ReadableWarehouse(null, option.path(), () -> { });
        }
        ReadableWarehouse snapshot = open(option, engine -> { }, tables);
        snapshot.warehouse.close();
        return snapshot;
    }

    /** The DuckDB file read. */
    public Path file() {
        return file;
    }

    @Override
    public void close() {
        closer.run();
    }
}
