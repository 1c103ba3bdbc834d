/**
 * The Spark SQL + Delta Lake engine behind {@link io.fundtrace.warehouse.Engine}, found through
 * {@link java.util.ServiceLoader} only when a command asks for {@code --engine spark}: Delta tables
 * per warehouse table, all-or-nothing units of work over several tables, the CSV text view the ingest
 * reads, and table versions for time travel.
 */
package io.fundtrace.spark;
