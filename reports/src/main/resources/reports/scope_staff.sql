-- The staff a report or notice names: beside handler and reviewer IDs, and as the sender its rejected
-- feedback goes back to (scope_feedback.sql).
CREATE OR REPLACE TEMP VIEW scope_staff AS SELECT staff_id, name, department, region_code FROM model.dim_staff
