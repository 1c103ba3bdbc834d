-- GB 11643: 17 digits, then the check character '10X98765432' at (sum of digit * weight) mod 11.
-- The check runs once per distinct identifier, not per payment: one payee is paid many times. The
-- identifiers are materialised first, else the optimiser pushes the check below the DISTINCT.
CREATE OR REPLACE TEMP TABLE work_person_ids AS
SELECT DISTINCT "v_payee_id" FROM work_rows WHERE "v_payee_type" = 'person' AND NOT ft_blank("payee_id");
INSERT INTO work_violations
SELECT w.batch_id, w.source_file, w.source_line, 'bad_person_id', 'payee_id', w."payee_id"
FROM work_rows w
JOIN (SELECT "v_payee_id" FROM work_person_ids
      -- CASE, not AND: neither engine stops an AND at its first false operand, and the digits may be cast
      -- only once the pattern holds (a 15-digit ID or a letter would fail the whole load).
      WHERE CASE WHEN NOT ft_matches("v_payee_id", '[0-9]{17}[0-9X]') THEN TRUE
                 ELSE substr('10X98765432', CAST((
      CAST(substr("v_payee_id", 1, 1) AS INTEGER) * 7 + CAST(substr("v_payee_id", 2, 1) AS INTEGER) * 9
    + CAST(substr("v_payee_id", 3, 1) AS INTEGER) * 10 + CAST(substr("v_payee_id", 4, 1) AS INTEGER) * 5
    + CAST(substr("v_payee_id", 5, 1) AS INTEGER) * 8 + CAST(substr("v_payee_id", 6, 1) AS INTEGER) * 4
    + CAST(substr("v_payee_id", 7, 1) AS INTEGER) * 2 + CAST(substr("v_payee_id", 8, 1) AS INTEGER) * 1
    + CAST(substr("v_payee_id", 9, 1) AS INTEGER) * 6 + CAST(substr("v_payee_id", 10, 1) AS INTEGER) * 3
    + CAST(substr("v_payee_id", 11, 1) AS INTEGER) * 7 + CAST(substr("v_payee_id", 12, 1) AS INTEGER) * 9
    + CAST(substr("v_payee_id", 13, 1) AS INTEGER) * 10 + CAST(substr("v_payee_id", 14, 1) AS INTEGER) * 5
    + CAST(substr("v_payee_id", 15, 1) AS INTEGER) * 8 + CAST(substr("v_payee_id", 16, 1) AS INTEGER) * 4
    + CAST(substr("v_payee_id", 17, 1) AS INTEGER) * 2) % 11 AS INTEGER) + 1, 1) <> substr("v_payee_id", 18, 1) END) bad
  ON bad."v_payee_id" = w."v_payee_id"
WHERE w."v_payee_type" = 'person' AND NOT ft_blank(w."payee_id")
