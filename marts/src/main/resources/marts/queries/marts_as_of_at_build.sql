-- Each mart of a schema with the as-of date it had when a given build ended: its latest build up to that number.
SELECT latest.mart, latest.as_of
FROM (
  SELECT b.mart, b.as_of,
         row_number() OVER (PARTITION BY b.mart ORDER BY b.build_number DESC, b.position DESC) AS newest
  FROM audit.mart_builds b
  WHERE b.schema_name = ${schema_name} AND b.build_number <= ${build_number}
) latest
WHERE latest.newest = 1
