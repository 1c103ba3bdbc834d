-- The monthly cycle's own audit (fundtrace cycle): every inbox folder a cycle tried, by name - ingested
-- (with the batch it became, written in the ingest's own unit of work, so "each folder once" survives a
-- restart) or failed (with why; nothing of it was loaded, and the next cycle tries it again).
CREATE SCHEMA IF NOT EXISTS audit;
CREATE TABLE IF NOT EXISTS audit.cycle_folders (
  month_end DATE NOT NULL, folder VARCHAR NOT NULL, outcome VARCHAR NOT NULL, batch_id BIGINT,
  message VARCHAR, recorded_at TIMESTAMP NOT NULL);
