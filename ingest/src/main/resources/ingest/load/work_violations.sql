CREATE OR REPLACE TEMP TABLE work_violations (
  batch_id BIGINT, source_file VARCHAR, source_line BIGINT, rule VARCHAR, column_name VARCHAR, value VARCHAR)
