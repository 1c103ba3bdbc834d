-- The as-of date of the latest build into a schema (NULL when it was never built).
SELECT as_of FROM audit.mart_builds WHERE schema_name = ? ORDER BY build_started_at DESC, position DESC LIMIT 1
