/**
 * How every command reaches a warehouse: the shared {@code --engine}, {@code --master} and
 * {@code --warehouse} options, the reader's {@code --role}, and read-only DuckDB snapshots of a Spark
 * warehouse for the listings, the SQL gate and notebooks.
 */
package io.fundtrace.cli.engine;
