package io.fundtrace.spark;

import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;

/**
 * How long old table versions stay readable (report --at-version): Delta drops commit files older than
 * delta.logRetentionDuration at its checkpoints (30 days by default) and VACUUM the data files older than
 * delta.deletedFileRetentionDuration (7 days), after which time travel to those versions fails. Both are
 * set to the warehouse's keep_versions_days (WarehouseSettings): as the session's defaults, so every
 * table created or replaced gets them, and on every existing table once when the setting changes (the
 * value applied is kept in _fundtrace_keep_versions_days).
 */
final class HistoryRetention {
    static final String APPLIED_FILE = "_fundtrace_keep_versions_days";
    /** The table properties it sets (EmptyDeltaTable writes them into a new table's first version). */
    static final List<String> PROPERTIES = List.of("delta.logRetentionDuration", "delta.deletedFileRetentionDuration");

    private HistoryRetention() {
    }

    /** The table property value for a number of days, as Delta spells an interval. */
    static String interval(int days) {
        return "interval " + days + " days";
    }

    /** Tables created or replaced in this session get the warehouse's retention. */
    static void setSessionDefaults(SparkSession session, WarehouseSettings settings) {
        for (String property : PROPERTIES) {
            session.conf().set("spark.databricks.delta.properties.defaults." + property.substring("delta.".length()),
                    interval(settings.keepVersionsDays()));
        }
    }

    /** A warehouse with no table yet: every table will be made with the session's defaults. */
    static void noteNewWarehouse(WarehouseFolder folder, WarehouseSettings settings) {
        if (folder.versions().isEmpty()) {
            folder.writeWhole(folder.child(APPLIED_FILE), settings.keepVersionsDays() + "\n");
        }
    }

    /** Under the writer lock: sets the retention on every table whose value differs, when the setting changed. */
    static void applyIfChanged(SparkDeltaEngine engine) {
        WarehouseFolder folder = engine.folder();
        String wanted = Integer.toString(engine.settings().keepVersionsDays());
        Optional<String> applied = folder.read(folder.child(APPLIED_FILE)).map(String::strip);
        if (applied.filter(wanted::equals).isPresent()) {
            return;
        }
        String value = interval(engine.settings().keepVersionsDays());
        for (String table : folder.versions().keySet()) {
            List<List<Object>> set = engine.query("SHOW TBLPROPERTIES " + table + " (" + PROPERTIES.get(0) + ")");
            boolean current = !set.isEmpty() && value.equals(set.get(0).get(1)) && value.equals(
                    engine.query("SHOW TBLPROPERTIES " + table + " (" + PROPERTIES.get(1) + ")").get(0).get(1));
            if (!current) {
                engine.execute("ALTER TABLE " + table + " SET TBLPROPERTIES ('" + PROPERTIES.get(0) + "' = '" + value + "', '"
                        + PROPERTIES.get(1) + "' = '" + value + "')");
            }
        }
        folder.writeWhole(folder.child(APPLIED_FILE), wanted + "\n");
    }
}
