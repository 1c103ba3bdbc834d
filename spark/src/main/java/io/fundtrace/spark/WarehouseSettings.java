package io.fundtrace.spark;

import io.fundtrace.warehouse.WarehouseException;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.util.Properties;

/**
 * The settings a Spark warehouse keeps in its own folder, in _fundtrace_settings.properties (absent:
 * the defaults), so every process that writes the warehouse uses the same ones:
 * <ul>
 * <li>{@code keep_versions_days} (400): how long a table version stays readable by time travel
 * (report --at-version): Delta's log and file retention of every table;</li>
 * <li>{@code writer_lease_seconds} (60): how long the writer lock holds without its writer renewing it;
 * a writer killed without releasing it blocks the next writer this long.</li>
 * </ul>
 */
record WarehouseSettings(int keepVersionsDays, Duration writerLease) {
    static final String FILE = "_fundtrace_settings.properties";
    static final String KEEP_VERSIONS_DAYS = "keep_versions_days";
    static final String WRITER_LEASE_SECONDS = "writer_lease_seconds";
    static final WarehouseSettings DEFAULTS = new WarehouseSettings(400, Duration.ofSeconds(60));

    static WarehouseSettings read(WarehouseFolder folder) {
        return folder.read(folder.child(FILE)).map(text -> parse(text, folder.uri())).orElse(DEFAULTS);
    }

    static WarehouseSettings parse(String text, String where) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new WarehouseException("cannot read " + FILE + " of " + where + ": " + e.getMessage(), e);
        }
        int days = positive(properties, KEEP_VERSIONS_DAYS, DEFAULTS.keepVersionsDays(), where);
        int lease = positive(properties, WRITER_LEASE_SECONDS, (int) DEFAULTS.writerLease().toSeconds(), where);
        return new WarehouseSettings(days, Duration.ofSeconds(lease));
    }

    private static int positive(Properties properties, String name, int fallback, String where) {
        String value = properties.getProperty(name);
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed > 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new WarehouseException(name + " in " + FILE + " of " + where + " must be a whole number above 0, not " + value.strip());
    }
}
