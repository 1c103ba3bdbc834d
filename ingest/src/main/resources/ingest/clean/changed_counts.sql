-- Changed keys per batch the row was read in (this one, or an earlier one for a released row) and file.
SELECT read_batch_id, source_file, count(*) FROM work_changed GROUP BY read_batch_id, source_file
