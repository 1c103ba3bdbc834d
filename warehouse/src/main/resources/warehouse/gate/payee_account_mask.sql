-- ****5678: only the last four digits of an account kept.
CASE WHEN t.payee_account IS NULL THEN NULL
     WHEN length(t.payee_account) > 4 THEN repeat('*', length(t.payee_account) - 4) || substr(t.payee_account, length(t.payee_account) - 3, 4)
     ELSE repeat('*', length(t.payee_account)) END
