-- One instance per typed column; the rule is the type's (unparseable_number, unparseable_date,
-- invalid_value, bad_region_code): a value is present but its parser rejects it.
INSERT INTO work_violations
SELECT batch_id, source_file, source_line, '${rule}', '${column}', ${raw}
FROM work_rows WHERE NOT ft_blank(${raw}) AND ${typed} IS NULL
