-- For a role that reads no staff table (evaluator): no names; the warnings' IDs are blank for it anyway.
CREATE OR REPLACE TEMP VIEW scope_staff AS SELECT CAST(NULL AS VARCHAR) AS staff_id, CAST(NULL AS VARCHAR) AS name,
  CAST(NULL AS VARCHAR) AS department, CAST(NULL AS VARCHAR) AS region_code WHERE false
