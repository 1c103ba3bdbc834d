-- GB 32100: 18 characters of the code set 0123456789ABCDEFGHJKLMNPQRTUWXY; check character at
-- 31 - (sum of value * weight) mod 31 (31 -> 0).
-- The check runs once per distinct identifier, not per payment: one payee is paid many times. The
-- identifiers are materialised first, else the optimiser pushes the check below the DISTINCT.
CREATE OR REPLACE TEMP TABLE work_credit_codes AS
SELECT DISTINCT "v_payee_id" FROM work_rows WHERE "v_payee_type" IN ('enterprise', 'unit') AND NOT ft_blank("payee_id");
INSERT INTO work_violations
SELECT w.batch_id, w.source_file, w.source_line, 'bad_credit_code', 'payee_id', w."payee_id"
FROM work_rows w
JOIN (SELECT "v_payee_id" FROM work_credit_codes
      WHERE NOT (ft_matches("v_payee_id", '[0123456789ABCDEFGHJKLMNPQRTUWXY]{18}')
  AND substr('0123456789ABCDEFGHJKLMNPQRTUWXY', CAST((31 - (
      (instr('0123456789ABCDEFGHJKLMNPQRTUWXY', substr("v_payee_id", 1, 1)) - 1) * 1
    + (instr('0123456789ABCDEFGHJKLMNPQRTUWXY', substr("v_payee_id", 2, 1)) - 1) * 3
    + (instr('0123456789ABCDEFGHJKLMNPQRTUWXY', substr("v_payee_id", 3, 1)) - 1) * 9
    + (instr('0123456789ABCDEFGHJKLMNPQRTUWXY', substr("v_payee_id", 4, 1)) - 1) * 27
    + (instr('0123456789ABCDEFGHJKLMNPQRTUWXY', substr("v_payee_id", 5, 1)) - 1) * 19
    + (instr('0123456789ABCDEFGHJKLMNPQRTUWXY', substr("v_payee_id", 6, 1)) - 1) * 26
    + (instr('0123456789ABCDEFGHJKLMNPQRTUWXY', substr("v_payee_id", 7, 1)) - 1) * 16
    + (instr('0123456789ABCDEFGHJKLMNPQRTUWXY', substr("v_payee_id", 8, 1)) - 1) * 17
    + (instr('0123456789ABCDEFGHJKLMNPQRTUWXY', substr("v_payee_id", 9, 1)) - 1) * 20
    + (instr('0123456789ABCDEFGHJKLMNPQRTUWXY', substr("v_payee_id", 10, 1)) - 1) * 29
    + (instr('0123456789ABCDEFGHJKLMNPQRTUWXY', substr("v_payee_id", 11, 1)) - 1) * 25
    + (instr('0123456789ABCDEFGHJKLMNPQRTUWXY', substr("v_payee_id", 12, 1)) - 1) * 13
    + (instr('0123456789ABCDEFGHJKLMNPQRTUWXY', substr("v_payee_id", 13, 1)) - 1) * 8
    + (instr('0123456789ABCDEFGHJKLMNPQRTUWXY', substr("v_payee_id", 14, 1)) - 1) * 24
    + (instr('0123456789ABCDEFGHJKLMNPQRTUWXY', substr("v_payee_id", 15, 1)) - 1) * 10
    + (instr('0123456789ABCDEFGHJKLMNPQRTUWXY', substr("v_payee_id", 16, 1)) - 1) * 30
    + (instr('0123456789ABCDEFGHJKLMNPQRTUWXY', substr("v_payee_id", 17, 1)) - 1) * 28) % 31) % 31 AS INTEGER) + 1, 1) = substr("v_payee_id", 18, 1))) bad
  ON bad."v_payee_id" = w."v_payee_id"
WHERE w."v_payee_type" IN ('enterprise', 'unit') AND NOT ft_blank(w."payee_id")
