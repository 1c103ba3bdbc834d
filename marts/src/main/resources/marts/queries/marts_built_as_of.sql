-- Each mart of a schema with the as-of date of its latest build, if no batch was loaded after that build
-- began (a newer batch makes it stale, whatever its date). A mart with no row: never built, or stale.
SELECT latest.mart, latest.as_of
FROM (
  SELECT b.mart, b.as_of, b.build_started_at,
         row_number() OVER (PARTITION BY b.mart ORDER BY b.build_started_at DESC, b.position DESC) AS newest
  FROM audit.mart_builds b
  WHERE b.schema_name = ${schema_name}
) latest
WHERE latest.newest = 1
  AND NOT EXISTS (SELECT 1 FROM audit.batches x WHERE x.finished_at >= latest.build_started_at)
