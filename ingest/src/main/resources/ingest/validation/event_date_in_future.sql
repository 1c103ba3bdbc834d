-- The drop's date is bound as ${today}; planned dates are not checked.
INSERT INTO work_violations
SELECT batch_id, source_file, source_line, 'event_date_in_future', '${column}', ${raw}
FROM work_rows WHERE ${typed} > DATE '${today}'
