package io.fundtrace.spark;

import io.fundtrace.warehouse.WarehouseException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads table versions straight from the Delta logs of a warehouse folder (schema/table/_delta_log/
 * NNNNNNNNNNNNNNNNNNNN.json): a file listing, not a Spark job per table.
 */
final class DeltaLog {
    private static final Pattern COMMIT = Pattern.compile("(\\d{20})\\.json");

    private DeltaLog() {
    }

    /** Every Delta table two levels down as "schema.table", with its latest version, in name order. */
    static Map<String, Long> versions(Path warehouse) {
        Map<String, Long> out = new TreeMap<>();
        if (!Files.isDirectory(warehouse)) {
            return out;
        }
        try (Stream<Path> logs = Files.find(warehouse, 3, (path, attributes) -> attributes.isDirectory()
                && path.getFileName().toString().equals("_delta_log"))) {
            for (Path log : logs.toList()) {
                Path table = warehouse.relativize(log.getParent());
                if (table.getNameCount() == 2) {
                    long latest = latest(log);
                    if (latest >= 0) {
                        out.put(table.getName(0) + "." + table.getName(1), latest);
                    }
                }
            }
        } catch (IOException e) {
            throw new WarehouseException("cannot list the Delta tables of " + warehouse + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static long latest(Path log) throws IOException {
        long latest = -1;
        try (Stream<Path> files = Files.list(log)) {
            for (Path file : files.toList()) {
                Matcher commit = COMMIT.matcher(file.getFileName().toString());
                if (commit.matches()) {
                    latest = Math.max(latest, Long.parseLong(commit.group(1)));
                }
            }
        }
        return latest;
    }
}
