-- Rule 5's comparison for every (central fund, province, year t) with county indicators in t and
-- t <= the last whole year at D: growth of all counties against the deep-poverty counties (status
-- valid on 1 Jan t, one set for both years). Ratios cross-multiplied; one division at the end, in fen.
WITH county_year AS (
  SELECT i.fund_code, r.province_code, i.recipient_region AS county_code, i.fiscal_year,
         SUM(i.poverty_amount) AS amount
  FROM model.fact_indicator i
  JOIN model.dim_fund f ON f.fund_code = i.fund_code AND f.origin = 'central'
  JOIN model.dim_region r ON r.region_code = i.recipient_region AND r.level = 'county'
  WHERE i.doc_date <= ${as_of}
  GROUP BY i.fund_code, r.province_code, i.recipient_region, i.fiscal_year
),
year_side AS (
  -- each county's amount of year y counts twice: as the current amount of comparison year y and as the
  -- previous amount of comparison year y + 1 (instead of joining the comparison years back to county_year)
  SELECT c.fund_code, c.province_code, c.county_code, c.fiscal_year + k.shift AS fiscal_year,
         CASE WHEN k.shift = 0 THEN c.amount END AS current_amount,
         CASE WHEN k.shift = 1 THEN c.amount END AS previous_amount
  FROM county_year c
  CROSS JOIN (VALUES (0), (1)) AS k(shift)
),
deep_county AS (
  -- DEEP of year t: the counties with deep-poverty status valid on 1 Jan t (once, however many rows say so).
  SELECT DISTINCT y.fiscal_year, s.region_code
  FROM (SELECT DISTINCT fiscal_year FROM year_side) y
  JOIN model.dim_poverty_status s ON s.status = 'deep_poverty'
   AND s.valid_from <= make_date(y.fiscal_year, 1, 1)
   AND (s.valid_to IS NULL OR s.valid_to >= make_date(y.fiscal_year, 1, 1))
),
sums AS (
  -- a comparison year t is a whole year at D with county indicators of t for the fund and province
  SELECT y.fund_code, y.province_code, y.fiscal_year,
         COALESCE(SUM(y.previous_amount), 0) AS all_previous,
         COALESCE(SUM(y.current_amount), 0) AS all_current,
         COALESCE(SUM(CASE WHEN d.region_code IS NOT NULL THEN y.previous_amount END), 0) AS deep_previous,
         COALESCE(SUM(CASE WHEN d.region_code IS NOT NULL THEN y.current_amount END), 0) AS deep_current
  FROM year_side y
  LEFT JOIN deep_county d ON d.region_code = y.county_code AND d.fiscal_year = y.fiscal_year
  WHERE ${as_of} >= make_date(y.fiscal_year, 12, 31)
  GROUP BY y.fund_code, y.province_code, y.fiscal_year
  HAVING COUNT(y.current_amount) > 0
),
scaled AS (
  -- Whole fen, so the products and the one division are exact integers.
  SELECT s.*, CAST(all_previous * 100 AS DECIMAL(38,0)) AS p, CAST(all_current * 100 AS DECIMAL(38,0)) AS a,
         CAST(deep_previous * 100 AS DECIMAL(38,0)) AS dp, CAST(deep_current * 100 AS DECIMAL(38,0)) AS da
  FROM sums s
)
SELECT fund_code, province_code, fiscal_year,
       CAST(all_previous AS DECIMAL(18,2)) AS all_previous, CAST(all_current AS DECIMAL(18,2)) AS all_current,
       CAST(deep_previous AS DECIMAL(18,2)) AS deep_previous, CAST(deep_current AS DECIMAL(18,2)) AS deep_current,
       CAST(CASE WHEN p > 0 THEN ft_divide_half_up((a - p) * 10000, p) * 0.0001 END AS DECIMAL(18,4)) AS growth_all,
       CAST(CASE WHEN dp > 0 THEN ft_divide_half_up((da - dp) * 10000, dp) * 0.0001 END AS DECIMAL(18,4)) AS growth_deep,
       CAST(CASE WHEN p > 0 AND dp > 0 THEN ft_divide_half_up((a * dp - da * p) * 10000, p * dp) * 0.0001 END AS DECIMAL(18,4)) AS gap,
       CAST(CASE WHEN p > 0 AND dp > 0 THEN (ft_divide_half_up(a * dp, p) - da) * 0.01 END AS DECIMAL(18,2)) AS shortfall,
       CASE WHEN p > 0 AND dp > 0 THEN da * p < a * dp ELSE FALSE END AS lagging,
       CASE WHEN p = 0 THEN 'no_base_year' WHEN dp = 0 THEN 'no_deep_base' END AS skipped_reason
FROM scaled
