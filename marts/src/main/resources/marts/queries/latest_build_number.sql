-- The number of the latest build (NULL before the first). A bare MAX: the Spark engine answers it from the
-- Delta log's statistics, without a job.
SELECT max(build_number) FROM audit.mart_builds
