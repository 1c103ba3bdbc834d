-- Delta runs no DELETE with a subquery: the twin of clean/poverty_status_replace_shipped.sql, with the
-- DELETE as a MERGE on the key (region_code, status, valid_from).
INSERT INTO clean.poverty_status_history
SELECT c.*, ${batch} FROM clean.poverty_status c
WHERE c.batch_id = 0 AND c.region_code IN (SELECT region_code FROM work_incoming)
  AND NOT EXISTS (SELECT 1 FROM work_incoming i WHERE i.region_code = c.region_code AND i.status = c.status AND i.valid_from = c.valid_from);
MERGE INTO clean.poverty_status c
USING (SELECT s.region_code, s.status, s.valid_from FROM clean.poverty_status s
       WHERE s.batch_id = 0 AND s.region_code IN (SELECT region_code FROM work_incoming)
         AND NOT EXISTS (SELECT 1 FROM work_incoming i WHERE i.region_code = s.region_code AND i.status = s.status
                           AND i.valid_from = s.valid_from)) shipped
ON c.batch_id = 0 AND c.region_code = shipped.region_code AND c.status = shipped.status AND c.valid_from = shipped.valid_from
WHEN MATCHED THEN DELETE
