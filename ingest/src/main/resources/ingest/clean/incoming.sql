-- Valid rows when no key can come twice (one file, duplicates in it already held, nothing released):
-- the same result as incoming_ranked.sql without its sort.
CREATE OR REPLACE TEMP TABLE work_incoming AS
SELECT ${clean_select}, ${batch} AS batch_id, source_file, source_line, batch_id AS read_batch_id
FROM work_rows w
-- no_row_held is true when the load's counts found no row breaking a rule: both engines then drop the
-- subquery before planning it (Spark would still plan an anti join with the empty work_violations)
WHERE (${no_row_held} OR NOT EXISTS (SELECT 1 FROM work_violations v WHERE v.batch_id = w.batch_id
                    AND v.source_file = w.source_file AND v.source_line = w.source_line))
  -- a held row whose key a later batch, or a later file of its own batch, has loaded since is stale:
  -- releasing it must not undo that load (within a drop "a later row replaces an earlier one")
  AND NOT EXISTS (SELECT 1 FROM clean.${entity} c WHERE ${key_join_work} AND w.batch_id <> ${batch}
                    AND (c.batch_id > w.batch_id OR (c.batch_id = w.batch_id AND c.source_file > w.source_file)))
