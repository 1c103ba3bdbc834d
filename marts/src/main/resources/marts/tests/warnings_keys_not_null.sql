SELECT warning_id, rule FROM ${schema}.warnings
WHERE warning_id IS NULL OR rule IS NULL OR level IS NULL OR amount IS NULL OR status IS NULL OR department IS NULL
