-- The as-of date a schema's marts had when a given build ended: its latest build up to that number.
SELECT as_of FROM audit.mart_builds
WHERE schema_name = ${schema_name} AND build_number <= ${build_number}
ORDER BY build_number DESC, position DESC LIMIT 1
