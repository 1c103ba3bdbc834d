-- The id of the latest batch (NULL before the first). A bare MAX: the Spark engine answers it from the Delta
-- log's statistics, without a job.
SELECT max(batch_id) FROM audit.batches
