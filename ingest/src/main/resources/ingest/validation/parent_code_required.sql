-- regions.parent_code may be empty only for the central level (the root of the tree).
INSERT INTO work_violations
SELECT batch_id, source_file, source_line, 'missing_required', 'parent_code', "parent_code"
FROM work_rows WHERE ft_blank("parent_code") AND "v_level" IS DISTINCT FROM 'central'
