package io.fundtrace.warehouse;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;

/** One shape for values read from any engine, so results compare row for row across engines. */
public final class EngineValues {
    private EngineValues() {
    }

    public static Object normalise(Object value) {
        if (value instanceof Byte || value instanceof Short || value instanceof Integer || value instanceof Long) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigInteger big) {
            return big.longValueExact();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value instanceof BigDecimal || value instanceof LocalDate || value instanceof String || value == null) {
            return value;
        }
        if (value instanceof Boolean || value instanceof Double || value instanceof Float) {
            return value;
        }
        return value.toString();
    }
}
