/**
 * The warehouse every stage talks to: the {@link io.fundtrace.warehouse.Engine} interface and its
 * DuckDB implementation, the model's DDL (clean, audit, model views), and the small pieces of
 * infrastructure every module shares - SQL resources and templates, result tables and their output
 * formats, file-tree deletion.
 */
package io.fundtrace.warehouse;
