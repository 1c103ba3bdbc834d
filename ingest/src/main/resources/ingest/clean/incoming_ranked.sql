-- Valid rows, one per key: a later batch, then a later file (name order), then a later line wins.
CREATE OR REPLACE TEMP TABLE work_incoming AS
SELECT ${clean_select}, ${batch} AS batch_id, source_file, source_line, batch_id AS read_batch_id
FROM (SELECT w.*, row_number() OVER (PARTITION BY ${key_typed}
                                      ORDER BY batch_id DESC, source_file DESC, source_line DESC) AS pick
      FROM work_rows w
      -- no_row_held: as in incoming.sql
      WHERE (${no_row_held} OR NOT EXISTS (SELECT 1 FROM work_violations v WHERE v.batch_id = w.batch_id
                          AND v.source_file = w.source_file AND v.source_line = w.source_line))
        -- a held row whose key a later batch, or a later file of its own batch, has loaded since is stale:
        -- releasing it must not undo that load (within a drop "a later row replaces an earlier one")
        AND NOT EXISTS (SELECT 1 FROM clean.${entity} c WHERE ${key_join_work} AND w.batch_id <> ${batch}
                    AND (c.batch_id > w.batch_id OR (c.batch_id = w.batch_id AND c.source_file > w.source_file)))) ranked
WHERE pick = 1
