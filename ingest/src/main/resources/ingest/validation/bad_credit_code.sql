-- GB 32100: 18 characters of the code set 0123456789ABCDEFGHJKLMNPQRTUWXY; check character at
-- 31 - (sum of value * weight) mod 31 (31 -> 0).
INSERT INTO work_violations
SELECT batch_id, source_file, source_line, 'bad_credit_code', 'payee_id', "payee_id"
FROM work_rows
WHERE "v_payee_type" IN ('enterprise', 'unit') AND NOT ft_blank("payee_id") AND NOT (
  regexp_full_match("v_payee_id", '[0123456789ABCDEFGHJKLMNPQRTUWXY]{18}')
  AND substr('0123456789ABCDEFGHJKLMNPQRTUWXY', CAST((31 - (
      (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr("v_payee_id", 1, 1)) - 1) * 1
    + (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr("v_payee_id", 2, 1)) - 1) * 3
    + (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr("v_payee_id", 3, 1)) - 1) * 9
    + (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr("v_payee_id", 4, 1)) - 1) * 27
    + (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr("v_payee_id", 5, 1)) - 1) * 19
    + (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr("v_payee_id", 6, 1)) - 1) * 26
    + (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr("v_payee_id", 7, 1)) - 1) * 16
    + (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr("v_payee_id", 8, 1)) - 1) * 17
    + (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr("v_payee_id", 9, 1)) - 1) * 20
    + (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr("v_payee_id", 10, 1)) - 1) * 29
    + (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr("v_payee_id", 11, 1)) - 1) * 25
    + (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr("v_payee_id", 12, 1)) - 1) * 13
    + (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr("v_payee_id", 13, 1)) - 1) * 8
    + (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr("v_payee_id", 14, 1)) - 1) * 24
    + (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr("v_payee_id", 15, 1)) - 1) * 10
    + (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr("v_payee_id", 16, 1)) - 1) * 30
    + (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr("v_payee_id", 17, 1)) - 1) * 28) % 31) % 31 AS INTEGER) + 1, 1) = substr("v_payee_id", 18, 1))
