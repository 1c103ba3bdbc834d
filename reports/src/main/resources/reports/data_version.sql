-- The data version every page carries: the latest batch the warehouse holds.
SELECT MAX(batch_id) AS batch_id FROM audit.batches
