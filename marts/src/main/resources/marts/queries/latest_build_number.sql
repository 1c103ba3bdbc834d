-- The number of the latest build (0 before the first).
SELECT coalesce(max(build_number), 0) FROM audit.mart_builds
