-- The masks of payee identity (rules.md, Access), as macros of the session's own catalog that the role's
-- views call; the gate's check knows no such function, so no query can call them itself.
-- 6531**********1234: the first and last four characters kept, the rest starred; short IDs fully starred.
CREATE MACRO memory.main.payee_id_mask(value) AS
CASE WHEN length(value) > 8
     THEN substr(value, 1, 4) || repeat('*', length(value) - 8) || substr(value, length(value) - 3, 4)
     ELSE repeat('*', length(value)) END;
-- 张**: the first character kept, as on a bank statement.
CREATE MACRO memory.main.payee_name_mask(value) AS
CASE WHEN value IS NULL THEN NULL ELSE substr(value, 1, 1) || repeat('*', length(value) - 1) END;
-- ************5678: only the last four digits of an account kept.
CREATE MACRO memory.main.payee_account_mask(value) AS
CASE WHEN value IS NULL THEN NULL
     WHEN length(value) > 4 THEN repeat('*', length(value) - 4) || substr(value, length(value) - 3, 4)
     ELSE repeat('*', length(value)) END;
