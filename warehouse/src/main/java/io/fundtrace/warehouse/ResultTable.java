package io.fundtrace.warehouse;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The rows of one query, for every reader (listings, the SQL gate, reports, notebooks): column labels
 * and SQL type names, each row's values as Java objects (String, Long, BigDecimal, LocalDate,
 * LocalDateTime, Boolean, ...; null for empty) and whether a row cap cut it.
 */
public record ResultTable(List<String> columns, List<String> types, List<List<Object>> rows, boolean truncated) {
    private static final Set<String> NUMERIC_TYPES = Set.of("TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT",
            "USMALLINT", "UINTEGER", "UBIGINT", "DECIMAL", "NUMERIC", "DOUBLE", "FLOAT", "REAL");

    public ResultTable {
        columns = List.copyOf(columns);
        types = List.copyOf(types);
        rows = Collections.unmodifiableList(new ArrayList<>(rows));
    }

    /** All rows of a result set. */
    public static ResultTable read(ResultSet resultSet) throws SQLException {
        return read(resultSet, Long.MAX_VALUE);
    }

    /** At most limit rows; truncated tells whether there were more. */
    public static ResultTable read(ResultSet resultSet, long limit) throws SQLException {
        ResultSetMetaData meta = resultSet.getMetaData();
        List<String> columns = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (int column = 1; column <= meta.getColumnCount(); column++) {
            columns.add(meta.getColumnLabel(column));
            types.add(meta.getColumnTypeName(column));
        }
        List<List<Object>> rows = new ArrayList<>();
        boolean truncated = false;
        while (resultSet.next()) {
            if (rows.size() == limit) {
                truncated = true;
                break;
            }
            List<Object> row = new ArrayList<>(columns.size());
            for (int column = 1; column <= columns.size(); column++) {
                Object value = resultSet.getObject(column);
                row.add(value instanceof Timestamp timestamp ? timestamp.toLocalDateTime() : EngineValues.normalise(value));
            }
            rows.add(Collections.unmodifiableList(row));
        }
        return new ResultTable(columns, types, rows, truncated);
    }

    /** A table of text made by the code (listings of rules, files), every column VARCHAR. */
    public static ResultTable ofText(List<String> columns, List<List<String>> rows) {
        List<List<Object>> values = new ArrayList<>();
        rows.forEach(row -> values.add(List.copyOf(row)));
        return new ResultTable(columns, Collections.nCopies(columns.size(), "VARCHAR"), values, false);
    }

    /** The same columns with other rows (a reader's rewrite of the values: masks, names for codes). */
    public ResultTable withRows(List<List<Object>> newRows) {
        return new ResultTable(columns, types, newRows, truncated);
    }

    /** The same rows without one column (a reader leaving out what its role sees empty). */
    public ResultTable withoutColumn(String name) {
        int index = column(name);
        List<String> keptColumns = new ArrayList<>(columns);
        keptColumns.remove(index);
        List<String> keptTypes = new ArrayList<>(types);
        keptTypes.remove(index);
        List<List<Object>> keptRows = new ArrayList<>();
        for (List<Object> row : rows) {
            List<Object> kept = new ArrayList<>(row);
            kept.remove(index);
            keptRows.add(Collections.unmodifiableList(kept));
        }
        return new ResultTable(keptColumns, keptTypes, keptRows, truncated);
    }

    public int column(String name) {
        int index = columns.indexOf(name);
        if (index < 0) {
            throw new IllegalStateException("the query has no column " + name + " (has " + columns + ")");
        }
        return index;
    }

    public Object value(int row, String name) {
        return rows.get(row).get(column(name));
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Whether a column holds numbers (right-aligned in tables, unquoted in JSON). */
    public boolean isNumeric(int column) {
        String type = types.get(column).toUpperCase(Locale.ROOT);
        int parenthesis = type.indexOf('(');
        return NUMERIC_TYPES.contains(parenthesis < 0 ? type : type.substring(0, parenthesis));
    }

    /** A value as the text people read: decimals in plain notation, null as empty. */
    public static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }
}
