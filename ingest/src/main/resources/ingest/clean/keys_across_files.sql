-- How many keys come in more than one of the batch's files: none, and the valid rows of an empty clean table
-- go straight in (insert_direct.sql) without incoming_ranked.sql sorting every row to pick one per key.
-- Counted over all the batch's rows, held ones too: a key the rules then hold only makes the answer careful.
SELECT count(*) FROM (
  SELECT ${key_typed} FROM work_rows
  WHERE batch_id = ${batch}
  GROUP BY ${key_typed}
  HAVING count(DISTINCT source_file) > 1) repeated
