-- raw.<entity>: every row as read, all text, with its lineage; unknown columns as one JSON object.
CREATE TABLE IF NOT EXISTS raw.${entity} (
  batch_id BIGINT NOT NULL, source_file VARCHAR NOT NULL, source_line BIGINT NOT NULL, sha256 VARCHAR NOT NULL,
  ${columns}, unknown_columns VARCHAR)
