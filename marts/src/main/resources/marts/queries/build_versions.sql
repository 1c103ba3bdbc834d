-- The table versions one build recorded, by table name.
SELECT table_name, version FROM audit.mart_versions WHERE build_number = ${build_number} ORDER BY table_name
