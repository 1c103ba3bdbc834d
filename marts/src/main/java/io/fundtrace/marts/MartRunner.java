package io.fundtrace.marts;

import io.fundtrace.warehouse.DuckDbEngine;
import io.fundtrace.warehouse.Engine;
import io.fundtrace.warehouse.SqlResource;
import io.fundtrace.warehouse.SqlTemplate;
import io.fundtrace.warehouse.Warehouse;
import io.fundtrace.warehouse.WarehouseException;
import io.fundtrace.warehouse.gate.PayeeKeyring;
import io.fundtrace.warehouse.gate.PayeeSecretBinding;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds every mart of manifest.csv as of a date, in dependency order, as tables of one schema, on
 * any engine; records each in audit.mart_builds under a build number (and, where the engine keeps
 * table versions, every table's version in audit.mart_versions) and runs the data tests on the result:
 * a build whose data tests fail is undone.
 */
public final class MartRunner {
    public static final String DEFAULT_SCHEMA = "marts";
    private static final String BUILDS = "audit.mart_builds";
    private static final String VERSIONS = "audit.mart_versions";
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    /** The marts' pseudonym function (rules/duplicate_payee.sql), registered from Java so the secret never enters SQL. */
    public static final String PAYEE_KEY_FUNCTION = "ft_payee_key";

    private final Engine engine;
    private final Dialect dialect;
    private final MartManifest manifest;
    private final MartParameters parameters;
    private final Path payeeKeyFile;

    /** Builds with the installation's payee secret (PayeeKeyring.defaultPath()): what every command uses. */
    public MartRunner(Engine engine) {
        this(engine, PayeeKeyring.defaultPath());
    }

    /**
     * Builds with the payee secret of the given key file (tests with a known secret). It must be the
     * secret the warehouse is bound to, or becomes its secret when it has none yet (PayeeSecretBinding).
     */
    public MartRunner(Engine engine, Path payeeKeyFile) {
        this.engine = engine;
        this.payeeKeyFile = payeeKeyFile;
        this.dialect = Dialect.of(engine);
        this.manifest = MartManifest.load();
        this.parameters = MartParameters.load();
        dialect.register(engine);
        for (String statement : SqlResource.statements(SqlResource.read("marts/ddl/audit_marts.sql"))) {
            engine.execute(statement);
        }
        if (!engine.columns(BUILDS).contains("build_number")) {
            // a warehouse built before builds were numbered
            engine.execute("ALTER TABLE " + BUILDS + " ADD COLUMN build_number BIGINT");
        }
    }

    public MartRunner(Warehouse warehouse) {
        this(DuckDbEngine.over(warehouse));
    }

    /** Builds into schema `marts` as of the given date, or the latest event date when null. */
    public BuildResult build(LocalDate asOf) {
        return build(asOf, DEFAULT_SCHEMA);
    }

    /**
     * Builds as one unit of work (engine.atomically: one DuckDB transaction, or Delta versions restored
     * on failure), so readers see the previous build or this one, never half of one. The data tests run
     * inside it: a build with failing rows throws DataTestFailure and leaves the previous build in place.
     */
    public BuildResult build(LocalDate requestedAsOf, String schema) {
        LocalDate asOf = AsOfDate.resolve(engine, requestedAsOf);
        return buildInUnitOfWork(asOf, schema, manifest.ordered());
    }

    /**
     * Rebuilds, as of the date, only the mart and the marts built from it: for a change to what that mart
     * reads from outside the marts (the lifecycle's dispatch record). The marts upstream must already be
     * built as of the same date. Numbered, recorded and tested like a full build, in one unit of work.
     */
    public BuildResult rebuildFrom(String mart, LocalDate asOf, String schema) {
        return buildInUnitOfWork(asOf, schema, manifest.downstreamOf(mart));
    }

    private BuildResult buildInUnitOfWork(LocalDate asOf, String schema, List<Mart> marts) {
        // read at each build, not when the runner is made: a reader that only asks builtAsOf needs no secret
        PayeeKeyring keyring = PayeeKeyring.open(payeeKeyFile);
        engine.registerFunction(PAYEE_KEY_FUNCTION, keyring.pseudonyms());
        return engine.atomically(() -> {
            PayeeSecretBinding.bind(engine, keyring);
            return buildAtomically(asOf, schema, marts);
        });
    }

    private BuildResult buildAtomically(LocalDate asOf, String schema, List<Mart> marts) {
        MartPlaceholders template = new MartPlaceholders(asOf, schema, parameters);
        LocalDateTime startedAt = LocalDateTime.now();
        long buildNumber = latestBuildNumber() + 1;
        List<MartBuild> built = new ArrayList<>();
        engine.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
        for (Mart mart : marts) {
            long start = System.nanoTime();
            String table = schema + "." + mart.name();
            String select = dialect.expand(template.fill(SqlResource.read("marts/" + mart.file())));
            try {
                // replaced, not dropped and created: on Delta the table keeps its history (time travel)
                engine.execute("CREATE OR REPLACE TABLE " + table + " AS " + select);
            } catch (WarehouseException e) {
                throw new WarehouseException("mart " + mart.name() + " (" + mart.file() + ") failed: " + e.getMessage(), e);
            }
            long rows = (Long) engine.query("SELECT COUNT(*) FROM " + table).get(0).get(0);
            built.add(new MartBuild(mart.name(), rows, (System.nanoTime() - start) / 1_000_000));
        }
        record(buildNumber, startedAt, schema, asOf, built);
        recordVersions(buildNumber);
        List<DataTestResult> tests = new DataTests(engine, template, dialect).runAll();
        List<DataTestResult> failed = tests.stream().filter(test -> !test.passed()).toList();
        if (!failed.isEmpty()) {
            // inside the unit of work: the marts, their build records and versions are all undone
            throw new DataTestFailure(failed);
        }
        return new BuildResult(asOf, schema, built, tests, buildNumber);
    }

    /** The as-of date of the latest build into the schema, if it was built and no batch was loaded since. */
    public Optional<LocalDate> builtAsOf(String schema) {
        List<List<Object>> rows = engine.query(query("marts/queries/built_as_of.sql", Map.of("schema_name", schema)));
        return rows.isEmpty() ? Optional.empty() : Optional.of((LocalDate) rows.get(0).get(0));
    }

    /** Builds only when the schema was built for another date, never, or before the latest batch; returns whether it built. */
    public boolean ensureBuilt(LocalDate requestedAsOf, String schema) {
        LocalDate asOf = AsOfDate.resolve(engine, requestedAsOf);
        if (builtAsOf(schema).filter(asOf::equals).isPresent()) {
            return false;
        }
        build(asOf, schema);
        return true;
    }

    /** The number of the latest build of this warehouse, 0 before the first. */
    public long latestBuildNumber() {
        return (Long) engine.query(SqlResource.read("marts/queries/latest_build_number.sql")).get(0).get(0);
    }

    /** The as-of date the schema's marts had when the given build ended, if it had been built by then. */
    public Optional<LocalDate> schemaAsOfAtBuild(String schema, long buildNumber) {
        List<List<Object>> rows = engine.query(query("marts/queries/schema_as_of_at_build.sql",
                Map.of("schema_name", schema, "build_number", buildNumber)));
        return rows.isEmpty() ? Optional.empty() : Optional.of((LocalDate) rows.get(0).get(0));
    }

    /**
     * The version of every warehouse table as the given build left it (audit.mart_versions); 0 for every
     * table on an engine that keeps no versions (DuckDB).
     */
    public Map<String, Long> versionsAtBuild(long buildNumber) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (List<Object> row : engine.query(query("marts/queries/build_versions.sql", Map.of("build_number", buildNumber)))) {
            out.put((String) row.get(0), (Long) row.get(1));
        }
        return out;
    }

    /** A query of marts/queries/ with its ${name} values as literals. */
    private static String query(String resource, Map<String, Object> values) {
        return SqlTemplate.fill(SqlResource.read(resource), name -> values.containsKey(name) ? SqlTemplate.literal(values.get(name)) : null);
    }

    private void record(long buildNumber, LocalDateTime startedAt, String schema, LocalDate asOf, List<MartBuild> built) {
        List<String> rows = new ArrayList<>();
        for (int position = 0; position < built.size(); position++) {
            MartBuild mart = built.get(position);
            rows.add("(TIMESTAMP '" + TIMESTAMP.format(startedAt) + "', " + SqlTemplate.literal(schema) + ", DATE '" + asOf + "', "
                    + (position + 1) + ", " + SqlTemplate.literal(mart.mart()) + ", " + mart.rows() + ", " + mart.millis() + ", "
                    + buildNumber + ")");
        }
        engine.execute("INSERT INTO " + BUILDS + " (build_started_at, schema_name, as_of, position, mart, row_count, millis, build_number)"
                + " VALUES " + String.join(", ", rows));
    }

    /**
     * Every table but the build records themselves, at its version now: what this build leaves behind
     * (all 0 on DuckDB, which keeps no versions).
     */
    private void recordVersions(long buildNumber) {
        List<String> tables = engine.tables().stream().filter(t -> !t.equals(BUILDS) && !t.equals(VERSIONS)).toList();
        Map<String, Long> versions = engine.versions(tables);
        List<String> rows = new ArrayList<>();
        versions.forEach((table, version) -> rows.add("(" + buildNumber + ", " + SqlTemplate.literal(table) + ", " + version + ")"));
        engine.execute("INSERT INTO " + VERSIONS + " (build_number, table_name, version) VALUES " + String.join(", ", rows));
    }
}
