package io.fundtrace.cli.serve;

import java.math.BigDecimal;
import java.sql.DatabaseMetaData;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.avatica.ColumnMetaData;
import org.apache.calcite.avatica.SqlType;

/**
 * A column of the gate's results as a JDBC client sees it: the JDBC type for a DuckDB type name
 * (DECIMAL(18,2) stays an exact decimal, DATE a date), and each value in Avatica's wire form (a date
 * as days since 1970-01-01, a timestamp as milliseconds, as Avatica's own JdbcMeta sends them). A type
 * without a JDBC counterpart (lists, structs, intervals) is sent as the text the gate gives.
 */
record ColumnType(int jdbcType, String typeName, int precision, int scale) {
    private static final Pattern DECIMAL = Pattern.compile("DECIMAL\\((\\d+),\\s*(\\d+)\\)");

    static ColumnType of(String duckdbType) {
        String type = duckdbType == null ? "VARCHAR" : duckdbType.toUpperCase(Locale.ROOT);
        Matcher decimal = DECIMAL.matcher(type);
        if (decimal.matches()) {
            return new ColumnType(Types.DECIMAL, type, Integer.parseInt(decimal.group(1)), Integer.parseInt(decimal.group(2)));
        }
        return switch (type) {
            case "BOOLEAN" -> new ColumnType(Types.BOOLEAN, type, 1, 0);
            case "TINYINT" -> new ColumnType(Types.TINYINT, type, 3, 0);
            case "SMALLINT", "UTINYINT" -> new ColumnType(Types.SMALLINT, type, 5, 0);
            case "INTEGER", "USMALLINT" -> new ColumnType(Types.INTEGER, type, 10, 0);
            // a sum of integers is a HUGEINT in DuckDB; the gate reads it as a long, which is what it holds
            case "BIGINT", "UINTEGER", "HUGEINT", "UBIGINT" -> new ColumnType(Types.BIGINT, type, 19, 0);
            case "FLOAT", "REAL" -> new ColumnType(Types.REAL, type, 7, 0);
            case "DOUBLE" -> new ColumnType(Types.DOUBLE, type, 15, 0);
            case "DATE" -> new ColumnType(Types.DATE, type, 10, 0);
            case "TIMESTAMP" -> new ColumnType(Types.TIMESTAMP, type, 26, 6);
            default -> new ColumnType(Types.VARCHAR, type, Integer.MAX_VALUE, 0);
        };
    }

    ColumnMetaData.AvaticaType avaticaType() {
        return ColumnMetaData.scalar(jdbcType, typeName, ColumnMetaData.Rep.of(SqlType.valueOf(jdbcType).internal));
    }

    ColumnMetaData metaData(int ordinal, String label) {
        ColumnMetaData.AvaticaType type = avaticaType();
        boolean signed = jdbcType != Types.VARCHAR && jdbcType != Types.BOOLEAN && jdbcType != Types.DATE;
        int displaySize = jdbcType == Types.VARCHAR ? 1024 : precision + 2;
        return new ColumnMetaData(ordinal, false, true, false, false, DatabaseMetaData.columnNullableUnknown, signed, displaySize,
                label, label, null, jdbcType == Types.VARCHAR ? 0 : precision, scale, null, null, type, true, false, false,
                type.columnClassName());
    }

    /** A value as ResultTable holds it (Long, BigDecimal, LocalDate, ...) in the form Avatica sends for this type. */
    Object wire(Object value) {
        if (value == null) {
            return null;
        }
        return switch (jdbcType) {
            case Types.TINYINT -> ((Number) value).byteValue();
            case Types.SMALLINT -> ((Number) value).shortValue();
            case Types.INTEGER -> ((Number) value).intValue();
            case Types.BIGINT -> ((Number) value).longValue();
            case Types.REAL -> ((Number) value).floatValue();
            case Types.DOUBLE -> ((Number) value).doubleValue();
            case Types.DECIMAL -> value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
            case Types.DATE -> (int) ((LocalDate) value).toEpochDay();
            case Types.TIMESTAMP -> ((LocalDateTime) value).toInstant(ZoneOffset.UTC).toEpochMilli();
            case Types.BOOLEAN -> value;
            default -> value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
        };
    }
}
