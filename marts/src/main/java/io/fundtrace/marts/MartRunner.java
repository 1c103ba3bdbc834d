package io.fundtrace.marts;

import io.fundtrace.warehouse.SqlResource;
import io.fundtrace.warehouse.Warehouse;
import io.fundtrace.warehouse.WarehouseException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds every mart of manifest.csv as of a date, in dependency order, as tables of one schema;
 * records each in audit.mart_builds and runs the data tests on the result.
 */
public final class MartRunner {
    public static final String DEFAULT_SCHEMA = "marts";

    private final Connection connection;
    private final MartManifest manifest;
    private final MartParameters parameters;

    /** The engine-neutral entry point; until the Spark marts land only a DuckDB engine is accepted. */
    public MartRunner(io.fundtrace.warehouse.Engine engine) {
        this(duckdbOnly(engine));
    }

    private static Warehouse duckdbOnly(io.fundtrace.warehouse.Engine engine) {
        if (engine instanceof io.fundtrace.warehouse.DuckDbEngine duckdb) {
            return duckdb.warehouse();
        }
        throw new WarehouseException("marts on engine " + engine.name() + " are not available in this build");
    }

    public MartRunner(Warehouse warehouse) {
        this.connection = warehouse.connection();
        this.manifest = MartManifest.load();
        this.parameters = MartParameters.load();
        Dialect.duckdb().register(connection);
        execute(SqlResource.read("marts/ddl/audit_marts.sql"));
    }

    /** Builds into schema `marts` as of the given date, or the latest event date when null. */
    public BuildResult build(LocalDate asOf) {
        return build(asOf, DEFAULT_SCHEMA);
    }

    /** Builds in one transaction, so readers see the previous build or this one, never half of one. */
    public BuildResult build(LocalDate requestedAsOf, String schema) {
        LocalDate asOf = AsOfDate.resolve(connection, requestedAsOf);
        try {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                BuildResult result = buildInTransaction(asOf, schema);
                connection.commit();
                return result;
            } catch (RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new WarehouseException("cannot build the marts in one transaction: " + e.getMessage(), e);
        }
    }

    private BuildResult buildInTransaction(LocalDate asOf, String schema) {
        SqlTemplate template = new SqlTemplate(asOf, schema, parameters);
        LocalDateTime startedAt = LocalDateTime.now();
        List<MartBuild> built = new ArrayList<>();
        execute("CREATE SCHEMA IF NOT EXISTS " + schema);
        for (Mart mart : manifest.ordered()) {
            long start = System.nanoTime();
            execute("DROP TABLE IF EXISTS " + schema + "." + mart.name());
            String select = template.fill(SqlResource.read("marts/" + mart.file()));
            try {
                execute("CREATE TABLE " + schema + "." + mart.name() + " AS " + select);
            } catch (WarehouseException e) {
                throw new WarehouseException("mart " + mart.name() + " (" + mart.file() + ") failed: " + e.getMessage(), e);
            }
            long rows = count(schema + "." + mart.name());
            built.add(new MartBuild(mart.name(), rows, (System.nanoTime() - start) / 1_000_000));
        }
        record(startedAt, schema, asOf, built);
        List<DataTestResult> tests = new DataTests(connection, template).runAll();
        return new BuildResult(asOf, schema, built, tests);
    }

    /** The as-of date of the latest build into the schema, if it was built and no batch was loaded since. */
    public Optional<LocalDate> builtAsOf(String schema) {
        try (PreparedStatement statement = connection.prepareStatement(SqlResource.read("marts/queries/built_as_of.sql"))) {
            statement.setString(1, schema);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getObject(1, LocalDate.class)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new WarehouseException("cannot read audit.mart_builds: " + e.getMessage(), e);
        }
    }

    /** Builds only when the schema was built for another date, never, or before the latest batch; returns whether it built. */
    public boolean ensureBuilt(LocalDate requestedAsOf, String schema) {
        LocalDate asOf = AsOfDate.resolve(connection, requestedAsOf);
        if (builtAsOf(schema).filter(asOf::equals).isPresent()) {
            return false;
        }
        build(asOf, schema);
        return true;
    }

    private void record(LocalDateTime startedAt, String schema, LocalDate asOf, List<MartBuild> built) {
        String insert = "INSERT INTO audit.mart_builds VALUES (?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            for (int position = 0; position < built.size(); position++) {
                MartBuild mart = built.get(position);
                statement.setTimestamp(1, Timestamp.valueOf(startedAt));
                statement.setString(2, schema);
                statement.setObject(3, asOf);
                statement.setInt(4, position + 1);
                statement.setString(5, mart.mart());
                statement.setLong(6, mart.rows());
                statement.setLong(7, mart.millis());
                statement.executeUpdate();
            }
        } catch (SQLException e) {
            throw new WarehouseException("cannot record the build in audit.mart_builds: " + e.getMessage(), e);
        }
    }

    private long count(String table) {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new WarehouseException("cannot count " + table + ": " + e.getMessage(), e);
        }
    }

    private void execute(String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new WarehouseException(String.valueOf(e.getMessage()).lines().findFirst().orElse(""), e);
        }
    }
}
