SELECT y.fund_code, y.region_code, y.year FROM ${schema}.ledger y
JOIN (SELECT fund_code, region_code, year, SUM(received) AS received, SUM(issued_down) AS issued_down,
             SUM(allocated) AS allocated, SUM(paid) AS paid
      FROM ${schema}.ledger WHERE month IS NOT NULL GROUP BY fund_code, region_code, year) m
  ON m.fund_code = y.fund_code AND m.region_code = y.region_code AND m.year = y.year
WHERE y.month IS NULL
  AND (y.received <> m.received OR y.issued_down <> m.issued_down OR y.allocated <> m.allocated OR y.paid <> m.paid)
