-- The demo's summary: the master ledger's year-to-date totals of the autonomous region's own rows
-- (money the region received from central and from its own budget, issued down, paid directly).
SELECT l.year, count(DISTINCT l.fund_code) AS funds, sum(l.received) AS received, sum(l.issued_down) AS issued_down,
       sum(l.paid) AS paid, sum(l.balance) AS balance, sum(l.open_warnings) AS open_warnings
FROM marts.ledger l
JOIN model.dim_region r ON r.region_code = l.region_code
WHERE l.month IS NULL AND r.level = 'province'
GROUP BY l.year
ORDER BY l.year
