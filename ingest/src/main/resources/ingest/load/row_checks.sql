-- Consecutive row checks of one table as one statement (RowChecks): the rows failing any check, each with a
-- row per check it fails. The list holds one struct per check (IngestDialect.rowCheck); the filter is the
-- checks' conditions joined with OR, written again: most rows fail none, and only the few that do have the
-- list built. Spark's twin: dialect/spark/load/row_checks.sql.
INSERT INTO ${target}
SELECT batch_id, source_file, source_line, hit.rule, hit.column_name, hit.value
FROM (SELECT batch_id, source_file, source_line, unnest(list_filter([${checks}], lambda x: x.failed)) AS hit
      FROM ${source} w
      WHERE ${any_failed}) hits
