/**
 * The SQL gate: the only way a person's own SQL reaches the warehouse. Calcite parses and
 * validates each query against the views a role may read (row filters by region and department,
 * masked payee identity, classified funds as totals), then runs it in a locked, read-only DuckDB session.
 */
package io.fundtrace.warehouse.gate;
