-- The batches a month's cycle ingested (one per inbox folder), in order.
SELECT batch_id FROM warehouse.audit.cycle_folders
WHERE month_end = ${month_end} AND outcome = 'ingested' AND batch_id IS NOT NULL
ORDER BY batch_id
