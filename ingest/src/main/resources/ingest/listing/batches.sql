SELECT b.batch_id AS batch, b.drop_date, b.started_at, b.finished_at,
       date_diff('millisecond', b.started_at, b.finished_at) AS millis,
       f.file_name AS file, f.entity, f.encoding, f.outcome, f.rows_read, f.rows_loaded, f.rows_replaced,
       f.rows_quarantined, b.rows_released AS batch_released, f.sha256, f.message
FROM audit.batches b LEFT JOIN audit.batch_files f ON f.batch_id = b.batch_id
ORDER BY b.batch_id, f.file_name
