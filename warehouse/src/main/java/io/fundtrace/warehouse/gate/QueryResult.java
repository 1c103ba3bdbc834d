package io.fundtrace.warehouse.gate;

import java.util.List;

/**
 * The rows of one gated query: column names and types, each row's values as JDBC objects (String,
 * BigDecimal, Long, Integer, Boolean, LocalDate, ...; null for empty), and whether the row cap cut it.
 */
public record QueryResult(List<String> columns, List<String> types, List<List<Object>> rows, boolean truncated) {
}
