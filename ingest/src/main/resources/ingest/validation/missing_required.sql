-- One instance per required column: an empty required value.
INSERT INTO work_violations
SELECT batch_id, source_file, source_line, 'missing_required', '${column}', ${raw}
FROM work_rows WHERE ft_blank(${raw})
