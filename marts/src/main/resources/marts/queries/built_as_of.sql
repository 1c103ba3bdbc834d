-- The as-of date of the latest build into a schema, if no batch was loaded after that build began
-- (a newer batch makes the build stale, whatever its date). No row: never built, or stale.
SELECT b.as_of FROM audit.mart_builds b
WHERE b.schema_name = ${schema_name}
  AND NOT EXISTS (SELECT 1 FROM audit.batches x WHERE x.finished_at >= b.build_started_at)
ORDER BY b.build_started_at DESC, b.position DESC LIMIT 1
