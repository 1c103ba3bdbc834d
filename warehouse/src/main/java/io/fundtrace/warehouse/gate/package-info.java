/**
 * The SQL gate and the one access policy: the only way a person's own SQL reaches the warehouse.
 * Calcite parses and validates each query against the views a role may read (policy.csv: row
 * filters by region, department and project, masked payee identity, classified funds as totals),
 * then runs it in a locked, read-only DuckDB session. RoleSession gives the same views to the code's
 * own readers (listings, reports, notices, metrics); Role is the one role of them all.
 */
package io.fundtrace.warehouse.gate;
