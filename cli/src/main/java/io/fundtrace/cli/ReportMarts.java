package io.fundtrace.cli;

import io.fundtrace.reports.MartBuilder;
import io.fundtrace.warehouse.Warehouse;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The mart builder the report commands use. Until the marts runner is wired here
 * (MartRunner as of a date into a schema), it accepts marts already built for the date and stops
 * with a clear message otherwise.
 */
final class ReportMarts {
    private ReportMarts() {
    }

    static MartBuilder of(Warehouse warehouse) {
        return (asOf, schema) -> {
            try (Statement statement = warehouse.connection().createStatement();
                 ResultSet result = statement.executeQuery("SELECT MAX(as_of) FROM " + schema + ".warnings")) {
                result.next();
                java.sql.Date built = result.getDate(1);
                if (built != null && built.toLocalDate().equals(asOf)) {
                    return;
                }
                throw new IllegalArgumentException("marts in schema " + schema + " are built as of " + built
                        + ", the report needs " + asOf + " (the marts runner is not wired to the report commands yet)");
            } catch (SQLException e) {
                throw new IllegalArgumentException("no marts in schema " + schema + " for " + asOf
                        + " (the marts runner is not wired to the report commands yet)", e);
            }
        };
    }
}
