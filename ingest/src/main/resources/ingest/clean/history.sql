INSERT INTO clean.${entity}_history
SELECT c.*, ${batch} FROM clean.${entity} c WHERE EXISTS (SELECT 1 FROM work_changed i WHERE ${key_join})
