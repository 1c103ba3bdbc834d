-- Batches loaded into the warehouse (a first cycle needs data to monitor).
SELECT COUNT(*) FROM audit.batches
