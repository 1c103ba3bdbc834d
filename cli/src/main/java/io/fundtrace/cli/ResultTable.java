package io.fundtrace.cli;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/** Query rows as text, with which columns are numbers (for JSON); NULL becomes an empty cell. */
record ResultTable(List<String> columns, List<Boolean> numeric, List<List<String>> rows) {
    ResultTable {
        columns = List.copyOf(columns);
        numeric = List.copyOf(numeric);
        rows = List.copyOf(rows);
    }

    static ResultTable read(ResultSet resultSet) throws SQLException {
        ResultSetMetaData meta = resultSet.getMetaData();
        List<String> columns = new ArrayList<>();
        List<Boolean> numeric = new ArrayList<>();
        for (int column = 1; column <= meta.getColumnCount(); column++) {
            columns.add(meta.getColumnLabel(column));
            int type = meta.getColumnType(column);
            numeric.add(type == Types.DECIMAL || type == Types.NUMERIC || type == Types.INTEGER
                    || type == Types.BIGINT || type == Types.SMALLINT);
        }
        List<List<String>> rows = new ArrayList<>();
        while (resultSet.next()) {
            List<String> row = new ArrayList<>();
            for (int column = 1; column <= columns.size(); column++) {
                Object value = resultSet.getObject(column);
                row.add(value == null ? "" : value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString());
            }
            rows.add(List.copyOf(row));
        }
        return new ResultTable(columns, numeric, rows);
    }
}
