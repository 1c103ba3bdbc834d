package io.fundtrace.reports;

import io.fundtrace.marts.MartRunner;
import io.fundtrace.warehouse.Engine;
import io.fundtrace.warehouse.EngineSnapshot;
import io.fundtrace.warehouse.WarehouseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The warehouse exactly as one numbered mart build left it - every table at the version recorded in
 * audit.mart_versions for that build - copied into a temporary DuckDB file, so the reports run on it
 * unchanged (through the reader's role, like the DuckDB warehouse). Taking the same build number again, after later drops and builds, gives the same rows,
 * hence the same report bytes: the build number is the report's time-travel handle.
 */
public final class BuildSnapshot implements AutoCloseable {
    private final EngineSnapshot snapshot;
    private final long buildNumber;

    private BuildSnapshot(EngineSnapshot snapshot, long buildNumber) {
        this.snapshot = snapshot;
        this.buildNumber = buildNumber;
    }

    /**
     * Builds what is stale of the marts a reader needs (martsRead: schema to as-of date), then takes the
     * latest build: the clean and audit tables (the model views read them) and the mart tables named.
     */
    public static BuildSnapshot latest(Engine engine, Map<String, LocalDate> martsRead, List<String> martTables) {
        MartRunner runner = new MartRunner(engine);
        runner.ensureBuiltFor(martsRead, martTables);
        return at(runner, engine, runner.latestBuildNumber(), martsRead, martTables);
    }

    /** The same tables as build buildNumber left them; its marts must be the ones the reader needs. */
    public static BuildSnapshot at(Engine engine, long buildNumber, Map<String, LocalDate> martsRead, List<String> martTables) {
        return at(new MartRunner(engine), engine, buildNumber, martsRead, martTables);
    }

    private static BuildSnapshot at(MartRunner runner, Engine engine, long buildNumber, Map<String, LocalDate> martsRead,
                                    List<String> martTables) {
        Map<String, Long> recorded = runner.versionsAtBuild(buildNumber);
        if (recorded.isEmpty()) {
            throw new WarehouseException("no mart build " + buildNumber + " in audit.mart_versions (latest build: "
                    + runner.latestBuildNumber() + ")");
        }
        for (Map.Entry<String, LocalDate> needed : martsRead.entrySet()) {
            String other = runner.notAsOfAtBuild(needed.getKey(), needed.getValue(), martTables, buildNumber).orElse(null);
            if (other != null) {
                throw new WarehouseException("at build " + buildNumber + " " + other + ", not " + needed.getValue()
                        + " as this report needs; pick the build its .versions.csv names");
            }
        }
        Map<String, Long> versions = new TreeMap<>();
        recorded.forEach((table, version) -> {
            if (table.startsWith("clean.") || table.startsWith("audit.") || martTables.contains(table)) {
                versions.put(table, version);
            }
        });
        for (String table : martTables) {
            if (!versions.containsKey(table)) {
                throw new WarehouseException("build " + buildNumber + " recorded no version of " + table);
            }
        }
        return new BuildSnapshot(EngineSnapshot.take(engine, List.copyOf(versions.keySet()), versions), buildNumber);
    }

    /**
     * The snapshot's DuckDB file, for a reader that attaches it (RoleSession): the snapshot's own
     * connection is closed first, as DuckDB attaches a file once per process. The file stays until close.
     */
    public Path file() {
        snapshot.warehouse().close();
        return snapshot.warehouse().path();
    }

    public long buildNumber() {
        return buildNumber;
    }

    /** Every table read, with its version, by name. */
    public Map<String, Long> versions() {
        return new TreeMap<>(snapshot.versions());
    }

    /** Writes build_number,table,version for every table read (UTF-8, one row per table, by name). */
    public Path writeVersions(Path csv) {
        List<String> lines = new ArrayList<>();
        lines.add("build_number,table,version");
        versions().forEach((table, version) -> lines.add(buildNumber + "," + table + "," + version));
        try {
            Files.createDirectories(csv.toAbsolutePath().getParent());
            Files.writeString(csv, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + csv + ": " + e.getMessage(), e);
        }
        return csv;
    }

    @Override
    public void close() {
        snapshot.close();
    }
}
