-- The report's scope as temp tables every report query joins: the period, the root region, its
-- subtree, and the funds the role may see (detail_visible false = classified, totals only).
CREATE OR REPLACE TEMP TABLE report_period AS
SELECT CAST(? AS DATE) AS as_of, CAST(? AS INTEGER) AS year, CAST(? AS INTEGER) AS month,
       CAST(? AS DATE) AS previous_as_of;
CREATE OR REPLACE TEMP TABLE scope_root AS
SELECT region_code, name, level FROM model.dim_region WHERE region_code = CAST(? AS VARCHAR);
CREATE OR REPLACE TEMP TABLE scope_region AS
SELECT a.region_code FROM model.region_ancestor a WHERE a.ancestor_code = CAST(? AS VARCHAR);
CREATE OR REPLACE TEMP TABLE scope_fund AS
SELECT f.fund_code, f.name, f.department, f.classified,
       (NOT f.classified OR CAST(? AS BOOLEAN)) AS detail_visible
FROM model.dim_fund f
WHERE CAST(? AS VARCHAR) IS NULL OR f.department = CAST(? AS VARCHAR);
