-- The value a quarantined row broke a rule with, masked like the column it came from when that column holds payee identity.
CASE t.column_name WHEN 'payee_id' THEN memory.main.payee_id_mask(t.value)
                   WHEN 'payee_name' THEN memory.main.payee_name_mask(t.value)
                   WHEN 'payee_account' THEN memory.main.payee_account_mask(t.value)
                   ELSE t.value END
