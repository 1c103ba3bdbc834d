-- The staff names a notice prints beside handler and reviewer IDs.
CREATE OR REPLACE TEMP VIEW notice_staff AS SELECT staff_id, name FROM model.dim_staff
