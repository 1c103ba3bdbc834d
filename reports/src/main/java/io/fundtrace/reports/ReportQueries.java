package io.fundtrace.reports;

import io.fundtrace.warehouse.ResultTable;
import io.fundtrace.warehouse.SqlResource;
import io.fundtrace.warehouse.WarehouseException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Runs the report's SQL files (reports/<name>.sql) against the warehouse's marts and model. */
public final class ReportQueries {
    private final Connection connection;

    public ReportQueries(Connection connection) {
        this.connection = connection;
    }

    public ResultTable table(String name, Object... parameters) {
        String sql = SqlResource.read("reports/" + name + ".sql");
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet result = statement.executeQuery()) {
                return Ratios.combine(ResultTable.read(result));
            }
        } catch (SQLException e) {
            throw new WarehouseException("report query " + name + " failed: "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(""), e);
        }
    }

    /** Runs each statement of a script (temp tables that scope the report), with its parameters in order. */
    public void execute(String name, Object... parameters) {
        List<String> statements = SqlResource.statements(SqlResource.read("reports/" + name + ".sql"));
        int next = 0;
        try {
            for (String sql : statements) {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    int count = statement.getParameterMetaData().getParameterCount();
                    Object[] slice = java.util.Arrays.copyOfRange(parameters, next, next + count);
                    next += count;
                    bind(statement, slice);
                    statement.execute();
                }
            }
        } catch (SQLException e) {
            throw new WarehouseException("report script " + name + " failed: "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(""), e);
        }
    }

    private static void bind(PreparedStatement statement, Object[] parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            if (value instanceof java.time.LocalDate date) {
                statement.setObject(i + 1, java.sql.Date.valueOf(date));
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }
}
