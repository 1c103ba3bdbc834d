-- A drop's poverty_status rows replace every shipped row of their region (contract: slowly changing).
INSERT INTO clean.poverty_status_history
SELECT c.*, ${batch} FROM clean.poverty_status c
WHERE c.batch_id = 0 AND c.region_code IN (SELECT region_code FROM work_incoming)
  AND NOT EXISTS (SELECT 1 FROM work_incoming i WHERE i.region_code = c.region_code AND i.status = c.status AND i.valid_from = c.valid_from);
DELETE FROM clean.poverty_status c
WHERE c.batch_id = 0 AND c.region_code IN (SELECT region_code FROM work_incoming)
  AND NOT EXISTS (SELECT 1 FROM work_incoming i WHERE i.region_code = c.region_code AND i.status = c.status AND i.valid_from = c.valid_from)
