package io.fundtrace.cli.engine;

import io.fundtrace.warehouse.DuckDbEngine;
import io.fundtrace.warehouse.Engine;
import io.fundtrace.warehouse.EngineSnapshot;
import io.fundtrace.warehouse.Warehouse;
import io.fundtrace.warehouse.gate.Role;
import io.fundtrace.warehouse.gate.RoleSession;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The DuckDB warehouse a read-only command reads, as its --role may read it: the file itself, or, with
 * --engine spark, a temporary DuckDB snapshot of just the Delta tables the command needs
 * (EngineSnapshot), seen through the role's views (RoleSession, the SQL gate's policy), so that the
 * DuckDB listings run unchanged on either engine and never past the policy.
 */
public final class ReadableWarehouse implements AutoCloseable {
    /**
     * What a Spark snapshot copies besides the tables a listing names: the clean tables under the model
     * views the listings and the policy's row filters read (regions and their tree, funds and their 处室
     * and classification) and the batches (the data version).
     */
    private static final List<String> POLICY_SOURCES = List.of("clean.regions", "clean.funds", "audit.batches");

    private final Warehouse warehouse;
    private final Path file;
    private final Runnable closer;
    private final RoleSession session;

    private ReadableWarehouse(Warehouse warehouse, Path file, Runnable closer, RoleSession session) {
        this.warehouse = warehouse;
        this.file = file;
        this.closer = closer;
        this.session = session;
    }

    /**
     * The named tables (schema.table, as the listing's SQL names them) as the role reads them, after prepare
     * ran on the engine (building the marts for the date asked, say). A table the role may not read fails
     * with the policy's one-line reason.
     */
    public static ReadableWarehouse asRole(WarehousePathOption option, Role role, Consumer<Engine> prepare, List<String> tables) {
        ReadableWarehouse readable = toAttach(option, prepare, engine -> snapshotTables(tables));
        try {
            RoleSession session = RoleSession.open(readable.file(), role, tables);
            try {
                tables.forEach(session::requireReads);
            } catch (RuntimeException e) {
                session.close();
                throw e;
            }
            return new ReadableWarehouse(null, readable.file(), () -> {
                session.close();
                readable.close();
            }, session);
        } catch (RuntimeException e) {
            readable.close();
            throw e;
        }
    }

    /** The role's tables named as such, plus, for a model view, what it stands on (model tables are views over clean). */
    private static List<String> snapshotTables(List<String> tables) {
        List<String> copied = new ArrayList<>(POLICY_SOURCES);
        tables.stream().filter(table -> !table.startsWith("model.") && !copied.contains(table)).forEach(copied::add);
        return copied;
    }

    /** The role's views, for the listing's SQL. */
    public Connection connection() {
        return session.connection();
    }

    /**
     * Runs prepare on the engine first (e.g. building the marts for the date asked), then opens what to read;
     * tables says which tables a snapshot copies; one the warehouse does not hold yet is left out.
     */
    private static ReadableWarehouse open(WarehousePathOption option, Consumer<Engine> prepare, Function<Engine, List<String>> tables) {
        Engine engine = option.openEngine();
        try {
            prepare.accept(engine);
            if (engine instanceof DuckDbEngine duckdb) {
                return new ReadableWarehouse(duckdb.warehouse(), duckdb.warehouse().path(), engine::close, null);
            }
            List<String> present = tables.apply(engine).stream().filter(engine::exists).toList();
            EngineSnapshot snapshot = EngineSnapshot.take(engine, present, Map.of());
            engine.close();
            return new ReadableWarehouse(snapshot.warehouse(), snapshot.warehouse().path(), snapshot::close, null);
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

    /**
     * For a reader that attaches the DuckDB file itself (the SQL gate, which reports a missing file): the
     * file as given, or a snapshot's file, whose connection is closed here as DuckDB refuses a second,
     * read-only attachment of a file open in the same process.
     */
    public static ReadableWarehouse toAttach(WarehousePathOption option, Function<Engine, List<String>> tables) {
        if (!option.isSpark()) {
            return new ReadableWarehouse(null, option.path(), () -> { }, null);
        }
        return toAttach(option, engine -> { }, tables);
    }

    /** The same after prepare ran on the engine; on DuckDB the file is opened for it and closed again. */
    private static ReadableWarehouse toAttach(WarehousePathOption option, Consumer<Engine> prepare, Function<Engine, List<String>> tables) {
        ReadableWarehouse opened = open(option, prepare, tables);
        opened.warehouse.close();
        return opened;
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
