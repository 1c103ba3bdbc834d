-- The lifecycle of the warnings in scope by 'region' - the regions one level below the scope root
-- (prefectures of a province, counties of a prefecture), each with its subtree, the root's own warnings
-- as 本级 first - or by 'department' (责任处室); the most overdue first. Groups with nothing dispatched,
-- closed or open are left out. The reader names the first column (分组) after the grouping.
WITH grouping AS (SELECT CAST(? AS VARCHAR) AS kind),
placed AS (
  SELECT w.*,
         CASE WHEN g.kind = 'department' THEN w.department WHEN c.region_code IS NULL THEN '本级' ELSE c.name END AS group_name,
         CASE WHEN g.kind = 'department' THEN w.department ELSE COALESCE(c.region_code, '') END AS group_key
  FROM scope_lifecycle_warning w
  CROSS JOIN grouping g
  CROSS JOIN scope_root r
  LEFT JOIN model.dim_region c ON g.kind = 'region' AND c.parent_code = r.region_code
   AND EXISTS (SELECT 1 FROM model.region_ancestor a WHERE a.region_code = w.region_code AND a.ancestor_code = c.region_code))
SELECT group_name AS "分组",
       COUNT(*) FILTER (WHERE dispatched_this_month) AS "本月下发(条)",
       COUNT(*) FILTER (WHERE closed_this_month) AS "本月销号(条)",
       COUNT(*) FILTER (WHERE open) AS "未整改(条)",
       COUNT(*) FILTER (WHERE overdue) AS "逾期未整改(条)",
       COALESCE(SUM(amount) FILTER (WHERE overdue), 0) AS "逾期金额(万元)",
       MAX(overdue_days) AS "最长逾期(天)"
FROM placed
GROUP BY group_key, group_name
HAVING COUNT(*) FILTER (WHERE dispatched_this_month OR closed_this_month OR open) > 0
ORDER BY group_key = '' DESC, COUNT(*) FILTER (WHERE overdue) DESC, group_key
