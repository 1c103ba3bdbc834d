-- The lifecycle by the regions one level below the scope root (prefectures of a province, counties of
-- a prefecture), each with its subtree; the root's own warnings as 本级. Regions with nothing to count
-- are left out.
WITH placed AS (
  SELECT w.*, COALESCE(c.region_code, r.region_code) AS area_code
  FROM scope_lifecycle_warning w
  CROSS JOIN scope_root r
  LEFT JOIN model.dim_region c ON c.parent_code = r.region_code
   AND EXISTS (SELECT 1 FROM model.region_ancestor a WHERE a.region_code = w.region_code AND a.ancestor_code = c.region_code))
SELECT CASE WHEN p.area_code = r.region_code THEN '本级' ELSE g.name END AS "地区",
       COUNT(*) FILTER (WHERE dispatched_this_month) AS "本月下发(条)",
       COUNT(*) FILTER (WHERE closed_this_month) AS "本月销号(条)",
       COUNT(*) FILTER (WHERE open) AS "未整改(条)",
       COUNT(*) FILTER (WHERE overdue) AS "逾期未整改(条)",
       COALESCE(SUM(amount) FILTER (WHERE overdue), 0) AS "逾期金额(万元)",
       MAX(overdue_days) AS "最长逾期(天)"
FROM placed p
CROSS JOIN scope_root r
JOIN model.dim_region g ON g.region_code = p.area_code
GROUP BY p.area_code, r.region_code, g.name
HAVING COUNT(*) FILTER (WHERE dispatched_this_month OR closed_this_month OR open) > 0
ORDER BY CASE WHEN p.area_code = r.region_code THEN 0 ELSE 1 END, COUNT(*) FILTER (WHERE overdue) DESC, p.area_code
