package io.fundtrace.cli.report;

import io.fundtrace.cli.engine.WarehousePathOption;
import io.fundtrace.reports.BuildSnapshot;
import io.fundtrace.reports.MartBuilder;
import io.fundtrace.warehouse.DuckDbEngine;
import io.fundtrace.warehouse.Engine;
import io.fundtrace.warehouse.Warehouse;
import io.fundtrace.warehouse.WarehouseException;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the report commands read: the DuckDB warehouse itself (marts built when stale, as before), or,
 * with --engine spark, a DuckDB snapshot of the Delta warehouse as one mart build left it (the marts
 * built on Spark first when stale, or the build --at-version names).
 */
public final class ReportSource implements AutoCloseable {
    private final Warehouse warehouse;
    private final Engine engine;
    private final BuildSnapshot snapshot;
    private final boolean ownsWarehouse;

    private ReportSource(Warehouse warehouse, Engine engine, BuildSnapshot snapshot) {
        this(warehouse, engine, snapshot, true);
    }

    private ReportSource(Warehouse warehouse, Engine engine, BuildSnapshot snapshot, boolean ownsWarehouse) {
        this.warehouse = warehouse;
        this.engine = engine;
        this.snapshot = snapshot;
        this.ownsWarehouse = ownsWarehouse;
    }

    /**
     * Over an engine its caller keeps open (the monthly cycle): the DuckDB file the engine holds, or a
     * snapshot of the Spark warehouse as its latest mart build left it (the marts built there first when
     * stale). Closing it leaves the engine open.
     */
    public static ReportSource over(Engine engine, Map<String, LocalDate> martsRead, List<String> martTables) {
        if (engine instanceof DuckDbEngine duckdb) {
            return new ReportSource(duckdb.warehouse(), null, null, false);
        }
        return new ReportSource(null, null, BuildSnapshot.latest(engine, martsRead, martTables));
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
            return new ReportSource(option.open(), null, null);
        }
        Engine engine = option.openEngine();
        try {
            BuildSnapshot snapshot = atBuild == null ? BuildSnapshot.latest(engine, martsRead, martTables)
                    : BuildSnapshot.at(engine, atBuild, martsRead, martTables);
            return new ReportSource(null, engine, snapshot);
        } catch (RuntimeException e) {
            engine.close();
            throw e;
        }
    }

    public Connection connection() {
        return warehouse != null ? warehouse.connection() : snapshot.connection();
    }

    /** On DuckDB the runner builds stale marts; a snapshot's marts are built already. */
    public MartBuilder marts() {
        return warehouse != null ? ReportMarts.of(warehouse) : MartBuilder.ALREADY_BUILT;
    }

    /** The Spark build read, if any. */
    Optional<BuildSnapshot> snapshot() {
        return Optional.ofNullable(snapshot);
    }

    @Override
    public void close() {
        if (warehouse != null && ownsWarehouse) {
            warehouse.close();
        }
        if (snapshot != null) {
            snapshot.close();
        }
        if (engine != null) {
            engine.close();
        }
    }
}
