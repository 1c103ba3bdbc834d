package io.fundtrace.cli.report;

import io.fundtrace.cli.engine.WarehousePathOption;
import io.fundtrace.marts.MartRunner;
import io.fundtrace.reports.BuildSnapshot;
import io.fundtrace.warehouse.DuckDbEngine;
import io.fundtrace.warehouse.Engine;
import io.fundtrace.warehouse.Warehouse;
import io.fundtrace.warehouse.WarehouseException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the report commands read: the DuckDB warehouse file (its marts built first when stale, then
 * closed, so the reader attaches it through its role's views), or, with --engine spark, a DuckDB
 * snapshot of the Delta warehouse as one mart build left it (the marts built on Spark first when stale,
 * or the build --at-version names).
 */
public final class ReportSource implements AutoCloseable {
    private final Path file;
    private final Engine engine;
    private final BuildSnapshot snapshot;

    private final Warehouse.Attachment released;

    private ReportSource(Path file, Engine engine, BuildSnapshot snapshot) {
        this(file, engine, snapshot, null);
    }

    private ReportSource(Path file, Engine engine, BuildSnapshot snapshot, Warehouse.Attachment released) {
        this.file = file;
        this.engine = engine;
        this.snapshot = snapshot;
        this.released = released;
    }

    /**
     * Over an engine its caller keeps open (the monthly cycle): the DuckDB file the engine holds (the marts
     * read built first when stale; the engine lets go of the file meanwhile, so the reader can attach it
     * through its role's views), or a snapshot of the Spark warehouse as its latest mart build left it.
     * Closing it leaves the engine open (on DuckDB, holding its file again).
     */
    public static ReportSource over(Engine engine, Map<String, LocalDate> martsRead, List<String> martTables) {
        if (engine instanceof DuckDbEngine duckdb) {
            MartRunner runner = new MartRunner(engine);
            runner.ensureBuiltFor(martsRead, martTables);
            Warehouse warehouse = duckdb.warehouse();
            return new ReportSource(warehouse.path(), null, null, warehouse.release());
        }
        BuildSnapshot snapshot = BuildSnapshot.latest(engine, martsRead, martTables);
        return new ReportSource(snapshot.file(), null, snapshot);
    }

    /**
     * martsRead: the mart schemas the reader needs and their as-of dates; martTables: the mart tables it
     * reads; atBuild: null for the latest build.
     */
    static ReportSource open(WarehousePathOption option, Map<String, LocalDate> martsRead, List<String> martTables,
                             Long atBuild) {
        if (!option.isSpark()) {
            if (atBuild != null) {
                throw new WarehouseException("--at-version needs --engine spark: a DuckDB warehouse keeps no table versions");
            }
            try (Engine duckdb = option.openEngine()) {
                MartRunner runner = new MartRunner(duckdb);
                runner.ensureBuiltFor(martsRead, martTables);
            }
            return new ReportSource(option.path(), null, null);
        }
        Engine spark = option.openEngine();
        try {
            BuildSnapshot snapshot = atBuild == null ? BuildSnapshot.latest(spark, martsRead, martTables)
                    : BuildSnapshot.at(spark, atBuild, martsRead, martTables);
            return new ReportSource(snapshot.file(), spark, snapshot);
        } catch (RuntimeException e) {
            spark.close();
            throw e;
        }
    }

    /** The DuckDB file the reader attaches, its marts built. */
    public Path file() {
        return file;
    }

    /** The Spark build read, if any. */
    Optional<BuildSnapshot> snapshot() {
        return Optional.ofNullable(snapshot);
    }

    @Override
    public void close() {
        if (released != null) {
            released.close();
        }
        if (snapshot != null) {
            snapshot.close();
        }
        if (engine != null) {
            engine.close();
        }
    }
}
