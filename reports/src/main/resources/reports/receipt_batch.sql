-- The batch a receipt answers: its folder (by name: where the inbox lies is no business of a county), the
-- drop date and totals.
SELECT batch_id AS "批次", regexp_replace(drop_folder, '^.*[/\\\\]', '') AS "文件夹", drop_date AS "报送日期",
       rows_read AS "读取(行)", rows_loaded AS "入库(行)", rows_quarantined AS "隔离(行)"
FROM audit.batches
WHERE batch_id = CAST(? AS BIGINT)
