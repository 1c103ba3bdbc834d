-- Evaluator metrics per county in scope for the report year (funds the role may see; classified
-- funds count in a county's totals). The issue deadline rule does not apply to counties, so the
-- on-time rate is empty; 分配进度 at a county is what it allocated to projects or passed on.
WITH county AS (
  SELECT r.region_code, r.name FROM model.dim_region r JOIN scope_region s ON s.region_code = r.region_code
  WHERE r.level = 'county'),
ledger AS (
  SELECT l.region_code, SUM(l.received) AS received, SUM(l.issued_down) AS issued_down,
         SUM(l.allocated) AS allocated, SUM(l.paid) AS paid
  FROM marts.ledger l JOIN scope_fund f ON f.fund_code = l.fund_code
  JOIN report_period d ON l.year = d.year
  WHERE l.month IS NULL GROUP BY l.region_code),
warned AS (
  SELECT w.region_code, COUNT(*) AS warnings,
         SUM(CASE WHEN w.status IN ('rectified', 'confirmed_normal') THEN 1 ELSE 0 END) AS rectified
  FROM marts.warnings w JOIN scope_fund f ON f.fund_code = w.fund_code
  JOIN report_period d ON w.fiscal_year = d.year GROUP BY w.region_code),
first_issue AS (
  SELECT c.parent_indicator_id, MIN(c.doc_date) AS doc_date
  FROM model.fact_indicator c JOIN report_period d ON c.doc_date <= d.as_of
  WHERE c.parent_indicator_id IS NOT NULL GROUP BY c.parent_indicator_id),
issue_days AS (
  SELECT p.recipient_region AS region_code, SUM(x.doc_date - p.receipt_date) AS days, COUNT(*) AS issued
  FROM model.fact_indicator p JOIN first_issue x ON x.parent_indicator_id = p.indicator_id
  JOIN scope_fund f ON f.fund_code = p.fund_code
  JOIN report_period d ON p.fiscal_year = d.year GROUP BY p.recipient_region),
targets AS (
  SELECT t.county_code AS region_code, SUM(CASE WHEN t.met THEN 1 ELSE 0 END) AS met, COUNT(*) AS judged
  FROM marts.performance t WHERE t.met IS NOT NULL GROUP BY t.county_code),
balances AS (
  SELECT c.region_code, SUM(c.balance) AS balance FROM marts.carryover c
  JOIN scope_fund f ON f.fund_code = c.fund_code
  JOIN report_period d ON c.fiscal_year = d.year GROUP BY c.region_code),
amounts AS (
  SELECT i.recipient_region AS region_code, SUM(i.poverty_amount) AS poverty_amount FROM model.fact_indicator i
  JOIN scope_fund f ON f.fund_code = i.fund_code
  JOIN report_period d ON i.fiscal_year = d.year AND i.receipt_date <= d.as_of GROUP BY i.recipient_region)
SELECT c.region_code AS "县代码", c.name AS "县",
       l.issued_down + l.allocated AS "分配进度|num", l.received AS "分配进度|den",
       l.paid AS "支出进度|num", l.received - l.issued_down AS "支出进度|den",
       (l.received - l.issued_down) * d.month - 12 * l.paid AS "短进度|num", 12 * (l.received - l.issued_down) AS "短进度|den",
       CAST(NULL AS INTEGER) AS "按时下达率|num", CAST(NULL AS INTEGER) AS "按时下达率|den",
       x.days AS "平均下达天数|num", x.issued AS "平均下达天数|den",
       t.met AS "绩效目标完成率|num", t.judged AS "绩效目标完成率|den",
       COALESCE(b.balance, 0) AS "结转率|num", a.poverty_amount AS "结转率|den",
       COALESCE(w.warnings, 0) * 100000000 AS "每亿元预警数|num", l.received AS "每亿元预警数|den",
       w.rectified AS "整改率|num", w.warnings AS "整改率|den"
FROM county c
CROSS JOIN report_period d
LEFT JOIN ledger l ON l.region_code = c.region_code
LEFT JOIN warned w ON w.region_code = c.region_code
LEFT JOIN issue_days x ON x.region_code = c.region_code
LEFT JOIN targets t ON t.region_code = c.region_code
LEFT JOIN balances b ON b.region_code = c.region_code
LEFT JOIN amounts a ON a.region_code = c.region_code
ORDER BY c.region_code
