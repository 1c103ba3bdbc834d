-- An event date before the plausible window's start (parameters.properties: event_date_window_start,
-- bound as ${window_start}): a year typed wrong (1020 for 2020) would stretch every calendar by centuries.
INSERT INTO work_violations
SELECT batch_id, source_file, source_line, 'event_date_out_of_range', '${column}', ${raw}
FROM work_rows WHERE ${typed} < DATE '${window_start}'
