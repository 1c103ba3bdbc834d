-- 6531**********1234: the first and last four characters kept, the rest starred; short IDs fully starred.
CASE WHEN length(t.payee_id) > 8
     THEN substr(t.payee_id, 1, 4) || repeat('*', length(t.payee_id) - 8) || substr(t.payee_id, length(t.payee_id) - 3, 4)
     ELSE repeat('*', length(t.payee_id)) END
