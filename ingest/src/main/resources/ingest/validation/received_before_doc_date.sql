INSERT INTO work_violations
SELECT batch_id, source_file, source_line, 'received_before_doc_date', 'received_date', "received_date"
FROM work_rows WHERE "v_received_date" < "v_doc_date"
