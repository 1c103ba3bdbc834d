-- The rows to validate: this batch's, and earlier rows held only for references that may now exist.
-- The contract's columns as read and as typed, with their lineage; not the file's SHA-256 and unknown columns,
-- which no check reads (the digest alone, 64 characters a row, was a tenth of the table at scale 10).
CREATE OR REPLACE TEMP TABLE work_rows AS
SELECT r.batch_id, r.source_file, r.source_line, ${raw_columns}, ${typed_columns}
FROM raw.${entity} r
WHERE r.batch_id = ${batch}
   -- holds_rows is false when the entity holds no rows: both engines then drop the subquery before planning it
   OR (${holds_rows} AND EXISTS (SELECT 1 FROM quarantine.rows q
              WHERE q.entity = '${entity}' AND q.batch_id = r.batch_id AND q.source_file = r.source_file
                AND q.source_line = r.source_line AND q.released_batch_id IS NULL
                AND q.rule IN ('unknown_fund', 'unknown_region', 'unknown_staff', 'unknown_indicator',
                               'unknown_project', 'unknown_original_payment')
                AND NOT EXISTS (SELECT 1 FROM quarantine.rows o
                                WHERE o.entity = q.entity AND o.batch_id = q.batch_id AND o.source_file = q.source_file
                                  AND o.source_line = q.source_line AND o.released_batch_id IS NULL
                                  AND o.rule NOT IN ('unknown_fund', 'unknown_region', 'unknown_staff', 'unknown_indicator',
                                                     'unknown_project', 'unknown_original_payment'))))
