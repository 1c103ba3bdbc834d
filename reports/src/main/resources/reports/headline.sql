-- Headline figures of the scope root for the report month, year to date. Amounts in yuan; a
-- column pair "<label>|num" / "<label>|den" is one ratio, divided once when read.
-- The open warnings are counted with the blue, record-only ones among them named apart, because the
-- amount beside them leaves the blue out: it is the money of the warnings to rectify (yellow, orange).
-- That amount counts each indicator once: the largest open non-blue warning amount of an
-- indicator-grain rule (a carry-over that is also idle is one balance), plus the amounts of the
-- open warnings of the other grains (payment, project, reconciliation key, fund-province-year).
WITH progress AS (
  SELECT SUM(cumulative_received) AS received, SUM(cumulative_paid) AS paid FROM scope_fund_progress),
issued AS (
  SELECT SUM(l.issued_down) AS issued_down
  FROM marts.ledger l
  JOIN scope_root r ON r.region_code = l.region_code
  JOIN scope_fund f ON f.fund_code = l.fund_code
  JOIN report_period d ON l.year = d.year
  WHERE l.month IS NULL),
open_warning AS (
  SELECT * FROM scope_open_warning),
indicator_risk AS (
  SELECT indicator_id, MAX(amount) AS amount FROM open_warning
  WHERE level <> 'blue' AND project_id IS NULL AND payment_id IS NULL AND indicator_id IS NOT NULL
    AND rule IN ('ISSUE_OVERDUE', 'CARRYOVER', 'SURPLUS_RECOVERY', 'IDLE_FUNDS', 'OVERSPEND')
  GROUP BY indicator_id),
other_risk AS (
  SELECT SUM(amount) AS amount FROM open_warning
  WHERE level <> 'blue'
    AND NOT (project_id IS NULL AND payment_id IS NULL AND indicator_id IS NOT NULL
             AND rule IN ('ISSUE_OVERDUE', 'CARRYOVER', 'SURPLUS_RECOVERY', 'IDLE_FUNDS', 'OVERSPEND')))
SELECT COALESCE(progress.received, 0) AS "到位资金(万元)",
       COALESCE(issued.issued_down, 0) AS "下达资金(万元)",
       COALESCE(progress.paid, 0) AS "支出(万元)",
       progress.paid AS "支出进度(%)|num", progress.received AS "支出进度(%)|den",
       d.month AS "时间进度(%)|num", 12 AS "时间进度(%)|den",
       (SELECT COUNT(*) FROM open_warning) AS "未整改预警(条)",
       (SELECT COUNT(*) FROM open_warning WHERE level = 'blue') AS "其中蓝色(条)",
       COALESCE((SELECT SUM(amount) FROM indicator_risk), 0) + COALESCE((SELECT amount FROM other_risk), 0)
         AS "需整改金额(万元)"
FROM progress, issued, report_period d
