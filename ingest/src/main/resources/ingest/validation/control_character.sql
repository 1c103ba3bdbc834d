-- One instance per column, run only when the batch's files of the entity hold a control character at all:
-- NUL, bell, escape and the like never belong in a value; in free text (${free_text} true: names, purpose,
-- notes) a tab or a line break may, in codes, keys, amounts and dates nothing of the kind.
INSERT INTO work_violations
SELECT batch_id, source_file, source_line, 'control_character', '${column}', ${raw}
FROM work_rows WHERE ft_has_control(${raw}, ${free_text})
