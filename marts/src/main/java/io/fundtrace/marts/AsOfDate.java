package io.fundtrace.marts;

import io.fundtrace.warehouse.SqlResource;
import io.fundtrace.warehouse.WarehouseException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Optional;

/** The default as-of date: the latest event date in the data (rules.md: the drop's last event date). */
public final class AsOfDate {
    private AsOfDate() {
    }

    public static Optional<LocalDate> latestEvent(Connection connection) {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(SqlResource.read("marts/queries/latest_event_date.sql"))) {
            rows.next();
            return Optional.ofNullable(rows.getObject(1, LocalDate.class));
        } catch (SQLException e) {
            throw new WarehouseException("cannot find the latest event date: " + e.getMessage(), e);
        }
    }

    /** The date asked for, or the latest event date; an empty warehouse is a user error. */
    public static LocalDate resolve(Connection connection, LocalDate requested) {
        if (requested != null) {
            return requested;
        }
        return latestEvent(connection).orElseThrow(() -> new WarehouseException(
                "the warehouse holds no dated rows yet; ingest a drop first or pass --as-of"));
    }
}
