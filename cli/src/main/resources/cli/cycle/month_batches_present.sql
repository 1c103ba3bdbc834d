-- Whether the warehouse file holds what the month's receipts read: the cycle's record and the quarantine
-- (a Spark warehouse's snapshot copies neither).
SELECT COUNT(*) FROM information_schema.tables
WHERE table_catalog = 'warehouse'
  AND ((table_schema = 'audit' AND table_name = 'cycle_folders') OR (table_schema = 'quarantine' AND table_name = 'rows'))
