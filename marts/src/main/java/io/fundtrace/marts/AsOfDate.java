package io.fundtrace.marts;

import io.fundtrace.warehouse.Engine;
import io.fundtrace.warehouse.SqlResource;
import io.fundtrace.warehouse.WarehouseException;
import java.time.LocalDate;
import java.util.Optional;

/** The default as-of date: the latest event date in the data (rules.md: the drop's last event date). */
public final class AsOfDate {
    private AsOfDate() {
    }

    public static Optional<LocalDate> latestEvent(Engine engine) {
        Object date = engine.query(SqlResource.read("marts/queries/latest_event_date.sql")).get(0).get(0);
        return Optional.ofNullable((LocalDate) date);
    }

    /** The date asked for, or the latest event date; an empty warehouse is a user error. */
    public static LocalDate resolve(Engine engine, LocalDate requested) {
        if (requested != null) {
            return requested;
        }
        return latestEvent(engine).orElseThrow(() -> new WarehouseException(
                "the warehouse holds no dated rows yet; ingest a drop first or pass --as-of"));
    }
}
