/**
 * Analysts' own questions through the SQL gate: {@code sql} (one query or a console) and
 * {@code notebook run}.
 */
package io.fundtrace.cli.query;
