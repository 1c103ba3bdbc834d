package io.fundtrace.spark;

import io.fundtrace.warehouse.FileTrees;
import io.fundtrace.warehouse.UnitOfWork;
import io.fundtrace.warehouse.WarehouseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Delta commits per table, so a unit of work over several tables is made all-or-nothing here: the
 * version of every table is written to a marker file before the work, and if the work fails - or the
 * process dies and the marker is found on the next open - every table is restored to its noted version
 * and tables the work created are dropped. The marker goes once the work has succeeded.
 */
final class DeltaRollback {
    static final String MARKER = "_fundtrace_unfinished.csv";

    private DeltaRollback() {
    }

    static <R, X extends Exception> R around(SparkDeltaEngine engine, UnitOfWork<R, X> work) throws X {
        Path marker = engine.folder().resolve(MARKER);
        Map<String, Long> before = DeltaLog.versions(engine.folder());
        write(marker, before);
        R result;
        try {
            result = work.run();
        } catch (Exception | Error e) {
            try {
                restore(engine, before);
            } catch (RuntimeException restoreFailure) {
                e.addSuppressed(restoreFailure);
                throw e;
            }
            delete(marker);
            throw e;
        }
        delete(marker);
        return result;
    }

    /** Finishes the rollback of a unit of work whose process died before it ended. */
    static void recover(SparkDeltaEngine engine) {
        Path marker = engine.folder().resolve(MARKER);
        if (!Files.exists(marker)) {
            return;
        }
        restore(engine, read(marker));
        delete(marker);
    }

    private static void restore(SparkDeltaEngine engine, Map<String, Long> before) {
        for (Map.Entry<String, Long> now : DeltaLog.versions(engine.folder()).entrySet()) {
            String table = now.getKey();
            Long version = before.get(table);
            if (version == null) {
                engine.execute("DROP TABLE IF EXISTS " + table);
                FileTrees.delete(engine.folder().resolve(table.replace('.', '/')));
            } else if (!version.equals(now.getValue())) {
                engine.execute("CREATE TABLE IF NOT EXISTS " + table + " USING DELTA LOCATION '" + engine.location(table) + "'");
                engine.execute("RESTORE TABLE " + table + " TO VERSION AS OF " + version);
            }
        }
    }

    private static void write(Path marker, Map<String, Long> versions) {
        StringBuilder text = new StringBuilder("table,version\n");
        versions.forEach((table, version) -> text.append(table).append(',').append(version).append('\n'));
        try {
            Files.createDirectories(marker.getParent());
            Files.writeString(marker, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new WarehouseException("cannot write " + marker + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, Long> read(Path marker) {
        Map<String, Long> out = new LinkedHashMap<>();
        try {
            List<String> lines = Files.readAllLines(marker, StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.split(",");
                out.put(fields[0], Long.parseLong(fields[1]));
            }
        } catch (IOException | RuntimeException e) {
            throw new WarehouseException("cannot read the rollback marker " + marker + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static void delete(Path marker) {
        try {
            Files.deleteIfExists(marker);
        } catch (IOException e) {
            throw new WarehouseException("cannot delete " + marker + ": " + e.getMessage(), e);
        }
    }
}
