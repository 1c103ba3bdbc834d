-- Regions whose parent is neither loaded nor a row of this batch that breaks no rule, and which are not
-- held for it yet: read by HeldParents until none is left. references.csv's parent check reads the batch's
-- rows as they stood before it ran, so a region whose parent it held itself (a new prefecture with a
-- parent that does not exist) let that prefecture's new counties through, under a parent that never loads.
SELECT w.batch_id, w.source_file, w.source_line, w."parent_code" AS raw_parent
FROM work_rows w
WHERE w."v_parent_code" IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM clean.regions c WHERE c.region_code = w."v_parent_code")
  AND NOT EXISTS (SELECT 1 FROM work_rows p WHERE p."v_region_code" = w."v_parent_code"
                  AND NOT EXISTS (SELECT 1 FROM work_violations pv WHERE pv.batch_id = p.batch_id
                                  AND pv.source_file = p.source_file AND pv.source_line = p.source_line))
  AND NOT EXISTS (SELECT 1 FROM work_violations v WHERE v.batch_id = w.batch_id AND v.source_file = w.source_file
                  AND v.source_line = w.source_line AND v.rule = 'unknown_region' AND v.column_name = 'parent_code')
ORDER BY w.batch_id, w.source_file, w.source_line
