-- The report's scope as temp tables every report query joins: the period, the root region, its
-- subtree, and the funds the role may see (detail_visible false = classified, totals only).
CREATE OR REPLACE TEMP TABLE report_period AS
SELECT CAST(? AS DATE) AS as_of, CAST(? AS INTEGER) AS year, CAST(? AS INTEGER) AS month,
       CAST(? AS DATE) AS previous_as_of;
CREATE OR REPLACE TEMP TABLE scope_root AS
SELECT region_code, name, level FROM model.dim_region WHERE region_code = CAST(? AS VARCHAR);
CREATE OR REPLACE TEMP TABLE scope_region AS
SELECT a.region_code FROM model.region_ancestor a WHERE a.ancestor_code = CAST(? AS VARCHAR);
-- The scope's settings: the department (处室) it is limited to, NULL for every department; and the province,
-- the top of the regions below central (root_region.sql), where what has no region of its own is reported.
CREATE OR REPLACE TEMP TABLE scope_settings AS
SELECT CAST(? AS VARCHAR) AS department, CAST(? AS VARCHAR) AS default_root;
CREATE OR REPLACE TEMP TABLE scope_fund AS
SELECT f.fund_code, f.name, f.department, f.classified,
       (NOT f.classified OR CAST(? AS BOOLEAN)) AS detail_visible
FROM model.dim_fund f CROSS JOIN scope_settings d
WHERE d.department IS NULL OR f.department = d.department;
-- The warnings in scope still waiting to be dealt with: what every report and notice counts as open -
-- hitting as of the month's end and not closed by feedback (new, open, confirmed_violation, rectifying).
CREATE OR REPLACE TEMP VIEW scope_open_warning AS
SELECT w.*, f.detail_visible FROM marts.warnings w
JOIN scope_region s ON s.region_code = w.region_code
JOIN scope_fund f ON f.fund_code = w.fund_code
WHERE w.hit AND w.status IN ('new', 'open', 'confirmed_violation', 'rectifying');
-- Each fund's latest year-to-date received and paid at the scope root, as of the report month.
CREATE OR REPLACE TEMP VIEW scope_fund_progress AS
SELECT fund_code, cumulative_received, cumulative_paid FROM (
  SELECT p.fund_code, p.cumulative_received, p.cumulative_paid,
         ROW_NUMBER() OVER (PARTITION BY p.fund_code ORDER BY p.month DESC) AS recency
  FROM marts.progress p
  JOIN scope_root r ON r.region_code = p.region_code
  JOIN scope_fund f ON f.fund_code = p.fund_code
  JOIN report_period d ON p.year = d.year AND p.month <= d.month) latest
WHERE recency = 1;
-- Each county's latest year-to-date received and paid per fund shown in detail, as of the report month.
CREATE OR REPLACE TEMP VIEW scope_county_fund_progress AS
SELECT region_code, fund_code, cumulative_received, cumulative_paid FROM (
  SELECT p.region_code, p.fund_code, p.cumulative_received, p.cumulative_paid,
         ROW_NUMBER() OVER (PARTITION BY p.region_code, p.fund_code ORDER BY p.month DESC) AS recency
  FROM marts.progress p
  JOIN scope_region s ON s.region_code = p.region_code
  JOIN scope_fund f ON f.fund_code = p.fund_code AND f.detail_visible
  JOIN model.dim_region r ON r.region_code = p.region_code AND r.level = 'county'
  JOIN report_period d ON p.year = d.year AND p.month <= d.month) latest
WHERE recency = 1;
-- Each county's totals over those funds, counties with money received only.
CREATE OR REPLACE TEMP VIEW scope_county_progress AS
SELECT region_code, SUM(cumulative_received) AS received, SUM(cumulative_paid) AS paid
FROM scope_county_fund_progress GROUP BY region_code HAVING SUM(cumulative_received) > 0;
