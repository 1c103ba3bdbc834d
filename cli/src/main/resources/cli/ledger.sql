-- The master ledger of `fundtrace ledger`; month rows, then the year-to-date row of each year.
-- Parameters: fund (twice), region (twice; its subtree through model.region_ancestor).
SELECT fund_code, region_code, year, month, received, issued_down, allocated, paid, balance,
       issue_progress, spend_progress, open_warnings
FROM marts.ledger
WHERE (CAST(? AS VARCHAR) IS NULL OR fund_code = ?)
  AND (CAST(? AS VARCHAR) IS NULL OR region_code IN (SELECT region_code FROM model.region_ancestor WHERE ancestor_code = ?))
ORDER BY fund_code, region_code, year, CASE WHEN month IS NULL THEN 13 ELSE month END
