-- Evaluator metrics per project of the library in scope: spending against what was allocated to
-- it, its performance targets (完成率 and 达标率 as metrics.sql has them), and its warnings. Issuance
-- metrics do not apply to a project.
WITH allocated AS (
  SELECT a.project_id, SUM(a.amount) AS amount FROM model.fact_allocation a
  JOIN model.fact_indicator i ON i.indicator_id = a.indicator_id
  JOIN scope_fund f ON f.fund_code = i.fund_code
  JOIN report_period d ON a.alloc_date <= d.as_of AND i.fiscal_year = d.year GROUP BY a.project_id),
paid AS (
  SELECT p.project_id, SUM(p.amount) AS amount FROM model.fact_payment p
  JOIN model.fact_indicator i ON i.indicator_id = p.indicator_id
  JOIN scope_fund f ON f.fund_code = i.fund_code
  JOIN report_period d ON p.pay_date <= d.as_of AND i.fiscal_year = d.year GROUP BY p.project_id),
targets AS (
  SELECT t.project_id, SUM(CASE WHEN t.met THEN 1 ELSE 0 END) AS met, COUNT(*) AS judged,
         SUM(LEAST(t.completion, 1)) AS completion
  FROM marts.performance t WHERE t.met IS NOT NULL GROUP BY t.project_id),
warned AS (
  SELECT w.project_id, COUNT(*) AS warnings,
         SUM(CASE WHEN w.status IN ('rectified', 'confirmed_normal') THEN 1 ELSE 0 END) AS rectified
  FROM marts.warnings w JOIN scope_fund f ON f.fund_code = w.fund_code
  JOIN report_period d ON w.fiscal_year = d.year
  WHERE w.project_id IS NOT NULL GROUP BY w.project_id)
SELECT p.project_id AS "项目编号", p.name AS "项目名称", p.county_code AS "县代码",
       pd.amount AS "支出进度|num", al.amount AS "支出进度|den",
       al.amount * d.month - 12 * pd.amount AS "短进度|num", 12 * al.amount AS "短进度|den",
       t.completion AS "绩效目标完成率|num", t.judged AS "绩效目标完成率|den",
       t.met AS "绩效目标达标率|num", t.judged AS "绩效目标达标率|den",
       al.amount - COALESCE(pd.amount, 0) AS "结转率|num", al.amount AS "结转率|den",
       COALESCE(w.warnings, 0) * 100000000 AS "每亿元预警数|num", al.amount AS "每亿元预警数|den",
       w.rectified AS "整改率|num", w.warnings AS "整改率|den"
FROM model.dim_project p
JOIN scope_region s ON s.region_code = p.county_code
CROSS JOIN report_period d
LEFT JOIN allocated al ON al.project_id = p.project_id
LEFT JOIN paid pd ON pd.project_id = p.project_id
LEFT JOIN targets t ON t.project_id = p.project_id
LEFT JOIN warned w ON w.project_id = p.project_id
WHERE al.amount IS NOT NULL OR pd.amount IS NOT NULL OR t.judged IS NOT NULL
ORDER BY p.project_id
