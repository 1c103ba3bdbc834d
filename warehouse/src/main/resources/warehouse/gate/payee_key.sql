-- The keyed pseudonym, looked up in the session's own table (computed in Java, never stored in the warehouse).
(SELECT k.payee_key FROM memory.main.payee_pseudonym k WHERE k.payee_id = t.payee_id)
