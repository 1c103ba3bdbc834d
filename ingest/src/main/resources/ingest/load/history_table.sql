-- clean.<entity>_history: versions a later batch replaced, with that batch.
CREATE TABLE IF NOT EXISTS clean.${entity}_history AS
SELECT *, CAST(NULL AS BIGINT) AS replaced_by_batch_id FROM clean.${entity} LIMIT 0
