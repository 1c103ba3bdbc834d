-- Evaluator metrics for the report year by fund or by county (the one parameter: 'fund' or 'county'),
-- over the funds and regions in scope. Every measure is summed per (fund, region) first and then per
-- the grain's key, so both grains share one definition of each metric. Ratio pairs "<name>|num" /
-- "<name>|den" are divided once, exactly, when read; the key and name columns are labelled per grain
-- by the reader. 分配进度 counts what each level passed on: issued down (province, prefecture) or
-- allocated to projects (county). 支出进度, 结转率 and 每亿元预警数 divide by the money each level kept to
-- spend, received less issued down: summed over the levels it counts each yuan once, where it stayed (a
-- fund's received summed over province, prefectures and counties counts a yuan at every level it passed,
-- three times in Xinjiang, which made a fund's 结转率 and warnings per 亿元 a third of what they are). The
-- issue deadline rule does not apply to counties, so their on-time rate is empty. Of the targets with an
-- actual, 绩效目标完成率 is their mean completion (domain.md: actual / target, inverted for "<="; the
-- performance mart's per target, rounded to 4 decimals), each counted at most 1 so that one target
-- exceeded does not make up for another missed; 绩效目标达标率 the share met (target_completion_min).
-- Date subtraction (DATE - DATE = days) is DuckDB's; reports run on DuckDB.
WITH grain AS (
  SELECT CAST(? AS VARCHAR) AS name),
ledger AS (
  SELECT l.fund_code, l.region_code, SUM(l.received) AS received, SUM(l.issued_down) AS issued_down,
         SUM(l.allocated) AS allocated, SUM(l.paid) AS paid
  FROM marts.ledger l JOIN scope_region s ON s.region_code = l.region_code
  JOIN scope_fund f ON f.fund_code = l.fund_code
  JOIN report_period d ON l.year = d.year
  WHERE l.month IS NULL GROUP BY l.fund_code, l.region_code),
eligible AS (
  SELECT i.fund_code, i.recipient_region AS region_code, COUNT(*) AS indicators
  FROM model.fact_indicator i
  JOIN model.dim_fund f ON f.fund_code = i.fund_code
  JOIN model.dim_region r ON r.region_code = i.recipient_region
  JOIN scope_region s ON s.region_code = i.recipient_region
  JOIN report_period d ON i.fiscal_year = d.year
  WHERE f.origin = 'central' AND NOT i.exempt AND r.level IN ('province', 'prefecture') AND i.receipt_date <= d.as_of
  GROUP BY i.fund_code, i.recipient_region),
warned AS (
  SELECT w.fund_code, w.region_code, COUNT(*) AS warnings,
         SUM(CASE WHEN w.rule = 'ISSUE_OVERDUE' THEN 1 ELSE 0 END) AS overdue,
         SUM(CASE WHEN w.status IN ('rectified', 'confirmed_normal') THEN 1 ELSE 0 END) AS rectified
  FROM marts.warnings w JOIN scope_region s ON s.region_code = w.region_code
  JOIN scope_fund f ON f.fund_code = w.fund_code
  JOIN report_period d ON w.fiscal_year = d.year GROUP BY w.fund_code, w.region_code),
first_issue AS (
  SELECT c.parent_indicator_id, MIN(c.doc_date) AS doc_date
  FROM model.fact_indicator c JOIN report_period d ON c.doc_date <= d.as_of
  WHERE c.parent_indicator_id IS NOT NULL GROUP BY c.parent_indicator_id),
issue_days AS (
  SELECT p.fund_code, p.recipient_region AS region_code, SUM(x.doc_date - p.receipt_date) AS days, COUNT(*) AS issued
  FROM model.fact_indicator p JOIN first_issue x ON x.parent_indicator_id = p.indicator_id
  JOIN scope_region s ON s.region_code = p.recipient_region
  JOIN scope_fund f ON f.fund_code = p.fund_code
  JOIN report_period d ON p.fiscal_year = d.year GROUP BY p.fund_code, p.recipient_region),
balances AS (
  SELECT c.fund_code, c.region_code, SUM(c.balance) AS balance FROM marts.carryover c
  JOIN scope_region s ON s.region_code = c.region_code
  JOIN scope_fund f ON f.fund_code = c.fund_code
  JOIN report_period d ON c.fiscal_year = d.year GROUP BY c.fund_code, c.region_code),
measure AS (
  -- one row per (fund, region) with any measure; a region or fund missing from one source counts 0 there
  SELECT fund_code, region_code, received, issued_down, allocated, paid, 0 AS indicators, 0 AS warnings, 0 AS overdue,
         0 AS rectified, 0 AS days, 0 AS issued, 0 AS balance FROM ledger
  UNION ALL SELECT fund_code, region_code, 0, 0, 0, 0, indicators, 0, 0, 0, 0, 0, 0 FROM eligible
  UNION ALL SELECT fund_code, region_code, 0, 0, 0, 0, 0, warnings, overdue, rectified, 0, 0, 0 FROM warned
  UNION ALL SELECT fund_code, region_code, 0, 0, 0, 0, 0, 0, 0, 0, days, issued, 0 FROM issue_days
  UNION ALL SELECT fund_code, region_code, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, balance FROM balances),
project_fund AS (
  SELECT DISTINCT a.project_id, i.fund_code FROM model.fact_allocation a
  JOIN model.fact_indicator i ON i.indicator_id = a.indicator_id
  JOIN report_period d ON i.fiscal_year = d.year AND a.alloc_date <= d.as_of),
target_by_key AS (
  -- by fund: the targets of the projects the fund paid into; by county: every target of its projects
  SELECT CASE WHEN g.name = 'fund' THEN pf.fund_code ELSE t.county_code END AS key,
         SUM(CASE WHEN t.met THEN 1 ELSE 0 END) AS met, COUNT(*) AS judged,
         SUM(LEAST(t.completion, 1)) AS completion
  FROM marts.performance t CROSS JOIN grain g
  JOIN scope_region s ON s.region_code = t.county_code
  LEFT JOIN project_fund pf ON pf.project_id = t.project_id
  WHERE t.met IS NOT NULL AND (g.name = 'county' OR pf.fund_code IS NOT NULL)
  GROUP BY 1),
subject AS (
  SELECT f.fund_code AS key, f.name FROM scope_fund f CROSS JOIN grain g WHERE g.name = 'fund' AND f.detail_visible
  UNION ALL
  SELECT r.region_code, r.name FROM model.dim_region r JOIN scope_region s ON s.region_code = r.region_code
  CROSS JOIN grain g WHERE g.name = 'county' AND r.level = 'county'),
by_key AS (
  SELECT CASE WHEN g.name = 'fund' THEN m.fund_code ELSE m.region_code END AS key,
         SUM(received) AS received, SUM(issued_down) AS issued_down, SUM(allocated) AS allocated, SUM(paid) AS paid,
         SUM(indicators) AS indicators, SUM(warnings) AS warnings, SUM(overdue) AS overdue, SUM(rectified) AS rectified,
         SUM(days) AS days, SUM(issued) AS issued, SUM(balance) AS balance
  FROM measure m CROSS JOIN grain g GROUP BY 1)
SELECT s.key AS "代码", s.name AS "名称",
       l.issued_down + l.allocated AS "分配进度|num", NULLIF(l.received, 0) AS "分配进度|den",
       l.paid AS "支出进度|num", NULLIF(l.received - l.issued_down, 0) AS "支出进度|den",
       (l.received - l.issued_down) * d.month - 12 * l.paid AS "短进度|num", NULLIF(12 * (l.received - l.issued_down), 0) AS "短进度|den",
       CASE WHEN g.name = 'fund' THEN l.indicators - l.overdue END AS "按时下达率|num",
       CASE WHEN g.name = 'fund' THEN NULLIF(l.indicators, 0) END AS "按时下达率|den",
       l.days AS "平均下达天数|num", NULLIF(l.issued, 0) AS "平均下达天数|den",
       t.completion AS "绩效目标完成率|num", t.judged AS "绩效目标完成率|den",
       t.met AS "绩效目标达标率|num", t.judged AS "绩效目标达标率|den",
       COALESCE(l.balance, 0) AS "结转率|num", NULLIF(l.received - l.issued_down, 0) AS "结转率|den",
       COALESCE(l.warnings, 0) * 100000000 AS "每亿元预警数|num", NULLIF(l.received - l.issued_down, 0) AS "每亿元预警数|den",
       l.rectified AS "整改率|num", NULLIF(l.warnings, 0) AS "整改率|den"
FROM subject s
CROSS JOIN report_period d
CROSS JOIN grain g
LEFT JOIN by_key l ON l.key = s.key
LEFT JOIN target_by_key t ON t.key = s.key
ORDER BY s.key
