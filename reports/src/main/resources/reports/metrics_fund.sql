-- Evaluator metrics per fund for the report year, over the regions in scope. Ratio pairs
-- "<name>|num" / "<name>|den" are divided once, exactly, when read. 分配进度 counts what each level
-- passed on: issued down (province, prefecture) or allocated to projects (county).
-- Date subtraction (DATE - DATE = days) is the one DuckDB form here; Spark SQL would use datediff.
WITH ledger AS (
  SELECT l.fund_code, SUM(l.received) AS received, SUM(l.issued_down) AS issued_down,
         SUM(l.allocated) AS allocated, SUM(l.paid) AS paid
  FROM marts.ledger l JOIN scope_region s ON s.region_code = l.region_code
  JOIN report_period d ON l.year = d.year
  WHERE l.month IS NULL GROUP BY l.fund_code),
eligible AS (
  SELECT i.fund_code, COUNT(*) AS indicators
  FROM model.fact_indicator i
  JOIN model.dim_fund f ON f.fund_code = i.fund_code
  JOIN model.dim_region r ON r.region_code = i.recipient_region
  JOIN scope_region s ON s.region_code = i.recipient_region
  JOIN report_period d ON i.fiscal_year = d.year
  WHERE f.origin = 'central' AND NOT i.exempt AND r.level IN ('province', 'prefecture') AND i.receipt_date <= d.as_of
  GROUP BY i.fund_code),
warned AS (
  SELECT w.fund_code, COUNT(*) AS warnings,
         SUM(CASE WHEN w.rule = 'ISSUE_OVERDUE' THEN 1 ELSE 0 END) AS overdue,
         SUM(CASE WHEN w.status IN ('rectified', 'confirmed_normal') THEN 1 ELSE 0 END) AS rectified
  FROM marts.warnings w JOIN scope_region s ON s.region_code = w.region_code
  JOIN report_period d ON w.fiscal_year = d.year GROUP BY w.fund_code),
first_issue AS (
  SELECT c.parent_indicator_id, MIN(c.doc_date) AS doc_date
  FROM model.fact_indicator c JOIN report_period d ON c.doc_date <= d.as_of
  WHERE c.parent_indicator_id IS NOT NULL GROUP BY c.parent_indicator_id),
issue_days AS (
  SELECT p.fund_code, SUM(x.doc_date - p.receipt_date) AS days, COUNT(*) AS issued
  FROM model.fact_indicator p JOIN first_issue x ON x.parent_indicator_id = p.indicator_id
  JOIN scope_region s ON s.region_code = p.recipient_region
  JOIN report_period d ON p.fiscal_year = d.year GROUP BY p.fund_code),
project_fund AS (
  SELECT DISTINCT a.project_id, i.fund_code FROM model.fact_allocation a
  JOIN model.fact_indicator i ON i.indicator_id = a.indicator_id
  JOIN report_period d ON i.fiscal_year = d.year AND a.alloc_date <= d.as_of),
targets AS (
  SELECT pf.fund_code, SUM(CASE WHEN t.met THEN 1 ELSE 0 END) AS met, COUNT(*) AS judged
  FROM marts.performance t JOIN project_fund pf ON pf.project_id = t.project_id
  JOIN scope_region s ON s.region_code = t.county_code
  WHERE t.met IS NOT NULL GROUP BY pf.fund_code),
balances AS (
  SELECT c.fund_code, SUM(c.balance) AS balance FROM marts.carryover c
  JOIN scope_region s ON s.region_code = c.region_code
  JOIN report_period d ON c.fiscal_year = d.year GROUP BY c.fund_code),
amounts AS (
  SELECT i.fund_code, SUM(i.poverty_amount) AS poverty_amount FROM model.fact_indicator i
  JOIN scope_region s ON s.region_code = i.recipient_region
  JOIN report_period d ON i.fiscal_year = d.year AND i.receipt_date <= d.as_of GROUP BY i.fund_code)
SELECT f.fund_code AS "资金代码", f.name AS "资金名称",
       l.issued_down + l.allocated AS "分配进度|num", l.received AS "分配进度|den",
       l.paid AS "支出进度|num", l.received - l.issued_down AS "支出进度|den",
       (l.received - l.issued_down) * d.month - 12 * l.paid AS "短进度|num", 12 * (l.received - l.issued_down) AS "短进度|den",
       e.indicators - COALESCE(w.overdue, 0) AS "按时下达率|num", e.indicators AS "按时下达率|den",
       x.days AS "平均下达天数|num", x.issued AS "平均下达天数|den",
       t.met AS "绩效目标完成率|num", t.judged AS "绩效目标完成率|den",
       COALESCE(b.balance, 0) AS "结转率|num", a.poverty_amount AS "结转率|den",
       COALESCE(w.warnings, 0) * 100000000 AS "每亿元预警数|num", l.received AS "每亿元预警数|den",
       w.rectified AS "整改率|num", w.warnings AS "整改率|den"
FROM scope_fund f
CROSS JOIN report_period d
LEFT JOIN ledger l ON l.fund_code = f.fund_code
LEFT JOIN eligible e ON e.fund_code = f.fund_code
LEFT JOIN warned w ON w.fund_code = f.fund_code
LEFT JOIN issue_days x ON x.fund_code = f.fund_code
LEFT JOIN targets t ON t.fund_code = f.fund_code
LEFT JOIN balances b ON b.fund_code = f.fund_code
LEFT JOIN amounts a ON a.fund_code = f.fund_code
WHERE f.detail_visible
ORDER BY f.fund_code
