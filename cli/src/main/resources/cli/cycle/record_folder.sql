-- One folder a cycle tried: ingested (with the batch it became) or failed (with why).
INSERT INTO audit.cycle_folders (month_end, folder, outcome, batch_id, message, recorded_at)
SELECT ${month_end}, ${folder}, ${outcome}, CAST(${batch_id} AS BIGINT), CAST(${message} AS STRING),
       CAST(current_timestamp AS TIMESTAMP)
