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
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds the marts of manifest.csv as of a date, in dependency order, as tables of one schema, on any
 * engine - all of them, or what a reader of another schema needs (buildOnly, ensureBuiltFor); records
 * each in audit.mart_builds under a build number (and, where the engine keeps table versions, every
 * table's version in audit.mart_versions) and runs the data tests on the result: a build whose data
 * tests fail is undone.
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
        return buildInUnitOfWork(asOf, schema, manifest.ordered(), allMarts());
    }

    /**
     * Rebuilds, as of the date, only the mart and the marts built from it: for a change to what that mart
     * reads from outside the marts (the lifecycle's dispatch record). The marts upstream must already be
     * built as of the same date. Numbered, recorded and tested like a full build, in one unit of work.
     */
    public BuildResult rebuildFrom(String mart, LocalDate asOf, String schema) {
        return buildInUnitOfWork(asOf, schema, manifest.downstreamOf(mart), allMarts());
    }

    /**
     * Builds, as of the date, only the named marts and the marts they are built from: what a reader of
     * another date's marts needs (a report's month before and year before read two marts of the
     * manifest). Numbered and recorded like a full build, with the data tests on the marts it made; the
     * schema's other marts keep their own builds (audit.mart_builds says which date each has).
     */
    public BuildResult buildOnly(Collection<String> marts, LocalDate requestedAsOf, String schema) {
        LocalDate asOf = AsOfDate.resolve(engine, requestedAsOf);
        List<Mart> needed = manifest.upstreamOf(marts);
        return buildInUnitOfWork(asOf, schema, needed, names(needed));
    }

    private Set<String> allMarts() {
        return names(manifest.ordered());
    }

    private static Set<String> names(List<Mart> marts) {
        return marts.stream().map(Mart::name).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private BuildResult buildInUnitOfWork(LocalDate asOf, String schema, List<Mart> marts, Set<String> tested) {
        // read at each build, not when the runner is made: a reader whose marts are current needs no secret
        PayeeKeyring keyring = PayeeKeyring.open(payeeKeyFile);
        engine.registerFunction(PAYEE_KEY_FUNCTION, keyring.pseudonyms());
        return engine.atomically(() -> {
            PayeeSecretBinding.bind(engine, keyring);
            return buildAtomically(asOf, schema, marts, tested);
        });
    }

    private BuildResult buildAtomically(LocalDate asOf, String schema, List<Mart> marts, Set<String> tested) {
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
        List<DataTestResult> tests = new DataTests(engine, template, dialect).runOn(tested);
        List<DataTestResult> failed = tests.stream().filter(test -> !test.passed()).toList();
        if (!failed.isEmpty()) {
            // inside the unit of work: the marts, their build records and versions are all undone
            throw new DataTestFailure(failed);
        }
        return new BuildResult(asOf, schema, built, tests, buildNumber);
    }

    /** Builds only when some mart of the schema was built for another date, never, or before the latest batch; returns whether it built. */
    public boolean ensureBuilt(LocalDate requestedAsOf, String schema) {
        LocalDate asOf = AsOfDate.resolve(engine, requestedAsOf);
        if (current(schema, allMarts(), asOf)) {
            return false;
        }
        build(asOf, schema);
        return true;
    }

    /**
     * Builds the named marts and those they are built from (buildOnly) unless each of them was last built
     * for this date and after the latest batch; returns whether it built.
     */
    public boolean ensureBuilt(LocalDate requestedAsOf, String schema, Collection<String> marts) {
        LocalDate asOf = AsOfDate.resolve(engine, requestedAsOf);
        Set<String> needed = names(manifest.upstreamOf(marts));
        if (current(schema, needed, asOf)) {
            return false;
        }
        buildOnly(marts, asOf, schema);
        return true;
    }

    /**
     * What a reader needs before it reads (schemas: each mart schema it reads and the date it must be built
     * for; martTables: the schema.mart tables it reads). The default schema is kept whole: it is the
     * warehouse's marts, which analysts query and the dispatch reads. Another schema gets only the marts
     * read there and those they are built from.
     */
    public void ensureBuiltFor(Map<String, LocalDate> schemas, Collection<String> martTables) {
        schemas.forEach((schema, asOf) -> {
            List<String> read = martsReadIn(schema, martTables);
            if (schema.equals(DEFAULT_SCHEMA) || read.isEmpty()) {
                ensureBuilt(asOf, schema);
            } else {
                ensureBuilt(asOf, schema, read);
            }
        });
    }

    /** The marts of the schema.mart tables that lie in the schema (none: the reader names no table there). */
    private List<String> martsReadIn(String schema, Collection<String> martTables) {
        return martTables.stream().filter(table -> table.startsWith(schema + ".")).map(table -> table.substring(schema.length() + 1))
                .toList();
    }

    /** Whether each of the marts was last built into the schema for this date, after the latest batch. */
    private boolean current(String schema, Collection<String> marts, LocalDate asOf) {
        Map<String, LocalDate> built = martDates("marts/queries/marts_built_as_of.sql", Map.of("schema_name", schema));
        return marts.stream().allMatch(mart -> asOf.equals(built.get(mart)));
    }

    /** The number of the latest build of this warehouse, 0 before the first. */
    public long latestBuildNumber() {
        Object latest = engine.query(SqlResource.read("marts/queries/latest_build_number.sql")).get(0).get(0);
        return latest == null ? 0 : (Long) latest;
    }

    /**
     * Whether, when the given build ended, every mart a reader reads in the schema (martTables, as for
     * ensureBuiltFor; every mart when none is named there) held the given as-of date; the first that did
     * not, with the date it had, otherwise.
     */
    public Optional<String> notAsOfAtBuild(String schema, LocalDate asOf, Collection<String> martTables, long buildNumber) {
        Map<String, LocalDate> built = martDates("marts/queries/marts_as_of_at_build.sql",
                Map.of("schema_name", schema, "build_number", buildNumber));
        List<String> read = martsReadIn(schema, martTables);
        for (String mart : read.isEmpty() ? allMarts() : read) {
            if (!asOf.equals(built.get(mart))) {
                return Optional.of(schema + "." + mart + " as of " + built.get(mart));
            }
        }
        return Optional.empty();
    }

    private Map<String, LocalDate> martDates(String resource, Map<String, Object> values) {
        Map<String, LocalDate> out = new HashMap<>();
        for (List<Object> row : engine.query(query(resource, values))) {
            out.put((String) row.get(0), (LocalDate) row.get(1));
        }
        return out;
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
