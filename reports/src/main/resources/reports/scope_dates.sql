-- What the monthly report reads at its other dates. The dates the headline compares, and the scope
-- root's year-to-date progress per fund at each, read from the marts built as of that date: the report
-- month's end (marts), the previous month's end (marts_previous, 环比) and the same month's end one year
-- earlier (marts_last_year, 同比).
CREATE OR REPLACE TEMP TABLE report_comparison_period AS
SELECT 1 AS position, 'current' AS period, '本月末' AS label, d.as_of FROM report_period d
UNION ALL
SELECT 2, 'previous', '上月末', d.previous_as_of FROM report_period d
UNION ALL
SELECT 3, 'last_year', '上年同期', CAST(last_day(d.as_of - INTERVAL 1 YEAR) AS DATE) FROM report_period d;
CREATE OR REPLACE TEMP VIEW scope_period_progress AS
WITH fund_month AS (
  SELECT 'current' AS period, p.region_code, p.fund_code, p.year, p.month, p.cumulative_received, p.cumulative_paid
  FROM marts.progress p
  UNION ALL
  SELECT 'previous', p.region_code, p.fund_code, p.year, p.month, p.cumulative_received, p.cumulative_paid
  FROM marts_previous.progress p
  UNION ALL
  SELECT 'last_year', p.region_code, p.fund_code, p.year, p.month, p.cumulative_received, p.cumulative_paid
  FROM marts_last_year.progress p),
dated AS (
  SELECT m.*, c.as_of, ROW_NUMBER() OVER (PARTITION BY m.period, m.fund_code ORDER BY m.month DESC) AS recency
  FROM fund_month m
  JOIN report_comparison_period c ON c.period = m.period
  JOIN scope_root r ON r.region_code = m.region_code
  JOIN scope_fund f ON f.fund_code = m.fund_code
  WHERE m.year = year(c.as_of) AND m.month <= month(c.as_of))
SELECT period, fund_code, as_of, cumulative_received, cumulative_paid FROM dated WHERE recency = 1;
-- Every warning in scope the lifecycle knows at the month's end, with the lifecycle's reading for the
-- report: dispatched this month (下发: the cycle dispatches at the month's end), closed this month
-- (closed now - rectified, confirmed_normal, resolved_by_data - and not closed at the previous month's
-- end), open (scope_open_warning's test), overdue (overdue_days set: open past its due date), and
-- escalated (overdue in a region below the scope root: reported to the parent region, 逐级督办).
CREATE OR REPLACE TEMP VIEW scope_lifecycle_warning AS
SELECT w.warning_id, w.rule, w.level, w.region_code, w.fund_code, w.department, w.amount, w.overdue_days,
       w.dispatched_on, w.due_on, w.handler_id, w.reviewer_id, f.detail_visible,
       (w.dispatched_on IS NOT NULL AND w.dispatched_on > d.previous_as_of AND w.dispatched_on <= d.as_of) AS dispatched_this_month,
       (w.status IN ('rectified', 'confirmed_normal', 'resolved_by_data')
        AND NOT EXISTS (SELECT 1 FROM marts_previous.warnings p WHERE p.warning_id = w.warning_id
                        AND p.status IN ('rectified', 'confirmed_normal', 'resolved_by_data'))) AS closed_this_month,
       (w.hit AND w.status IN ('new', 'open', 'confirmed_violation', 'rectifying')) AS open,
       (w.overdue_days IS NOT NULL) AS overdue,
       (w.overdue_days IS NOT NULL AND w.region_code <> r.region_code) AS escalated
FROM marts.warnings w
JOIN scope_region s ON s.region_code = w.region_code
JOIN scope_fund f ON f.fund_code = w.fund_code
CROSS JOIN report_period d
CROSS JOIN scope_root r;
