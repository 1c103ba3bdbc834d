-- 张**: the first character kept, as on a bank statement.
CASE WHEN t.payee_name IS NULL THEN NULL ELSE substr(t.payee_name, 1, 1) || repeat('*', length(t.payee_name) - 1) END
