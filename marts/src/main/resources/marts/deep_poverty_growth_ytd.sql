-- Deep-poverty growth so far this year (rules.md v1.2; a monitoring figure, never a warning): rule 5's
-- comparison for t = year(D), each central fund and province with county indicators of t dated <= D or
-- of t - 1 dated <= the same calendar day one year earlier (29 Feb -> 28 Feb). DEEP = the counties with
-- deep-poverty status valid on 1 Jan t, for both years. Ratios cross-multiplied; one division, in fen.
WITH as_of_day AS (
  SELECT year(${as_of}) AS fiscal_year,
         make_date(year(${as_of}) - 1, month(${as_of}),
                   CASE WHEN month(${as_of}) = 2 AND day(${as_of}) = 29 THEN 28 ELSE day(${as_of}) END) AS comparison_date
),
county_amount AS (
  SELECT i.fund_code, r.province_code, i.recipient_region AS county_code,
         CASE WHEN i.fiscal_year = d.fiscal_year THEN 'current' ELSE 'previous' END AS side,
         SUM(i.poverty_amount) AS amount
  FROM model.fact_indicator i
  CROSS JOIN as_of_day d
  JOIN model.dim_fund f ON f.fund_code = i.fund_code AND f.origin = 'central'
  JOIN model.dim_region r ON r.region_code = i.recipient_region AND r.level = 'county'
  WHERE (i.fiscal_year = d.fiscal_year AND i.doc_date <= ${as_of})
     OR (i.fiscal_year = d.fiscal_year - 1 AND i.doc_date <= d.comparison_date)
  GROUP BY i.fund_code, r.province_code, i.recipient_region,
           CASE WHEN i.fiscal_year = d.fiscal_year THEN 'current' ELSE 'previous' END
),
deep_county AS (
  SELECT DISTINCT s.region_code
  FROM model.dim_poverty_status s CROSS JOIN as_of_day d
  WHERE s.status = 'deep_poverty' AND s.valid_from <= make_date(d.fiscal_year, 1, 1)
    AND (s.valid_to IS NULL OR s.valid_to >= make_date(d.fiscal_year, 1, 1))
),
sums AS (
  SELECT c.fund_code, c.province_code,
         COALESCE(SUM(CASE WHEN c.side = 'previous' THEN c.amount END), 0) AS all_previous,
         COALESCE(SUM(CASE WHEN c.side = 'current' THEN c.amount END), 0) AS all_current,
         COALESCE(SUM(CASE WHEN c.side = 'previous' AND dc.region_code IS NOT NULL THEN c.amount END), 0) AS deep_previous,
         COALESCE(SUM(CASE WHEN c.side = 'current' AND dc.region_code IS NOT NULL THEN c.amount END), 0) AS deep_current
  FROM county_amount c
  LEFT JOIN deep_county dc ON dc.region_code = c.county_code
  GROUP BY c.fund_code, c.province_code
),
scaled AS (
  -- Whole fen, so the products and the one division are exact integers.
  SELECT s.*, CAST(all_previous * 100 AS DECIMAL(38,0)) AS p, CAST(all_current * 100 AS DECIMAL(38,0)) AS a,
         CAST(deep_previous * 100 AS DECIMAL(38,0)) AS dp, CAST(deep_current * 100 AS DECIMAL(38,0)) AS da
  FROM sums s
)
SELECT s.fund_code, s.province_code, d.fiscal_year,
       CAST(s.all_previous AS DECIMAL(18,2)) AS all_previous, CAST(s.all_current AS DECIMAL(18,2)) AS all_current,
       CAST(s.deep_previous AS DECIMAL(18,2)) AS deep_previous, CAST(s.deep_current AS DECIMAL(18,2)) AS deep_current,
       CAST(CASE WHEN s.p > 0 THEN ft_divide_half_up((s.a - s.p) * 10000, s.p) * 0.0001 END AS DECIMAL(18,4)) AS growth_all,
       CAST(CASE WHEN s.dp > 0 THEN ft_divide_half_up((s.da - s.dp) * 10000, s.dp) * 0.0001 END AS DECIMAL(18,4)) AS growth_deep,
       CAST(CASE WHEN s.p > 0 AND s.dp > 0 THEN ft_divide_half_up((s.a * s.dp - s.da * s.p) * 10000, s.p * s.dp) * 0.0001 END AS DECIMAL(18,4)) AS gap,
       CAST(CASE WHEN s.p > 0 AND s.dp > 0 THEN (ft_divide_half_up(s.a * s.dp, s.p) - s.da) * 0.01 END AS DECIMAL(18,2)) AS shortfall,
       CASE WHEN s.p > 0 AND s.dp > 0 THEN s.da * s.p < s.a * s.dp ELSE FALSE END AS lagging,
       CASE WHEN s.p = 0 THEN 'no_base_year' WHEN s.dp = 0 THEN 'no_deep_base' END AS skipped_reason,
       ${as_of} AS as_of, d.comparison_date
FROM scaled s CROSS JOIN as_of_day d
