-- Performance execution (绩效执行) per county in scope: the targets of ended projects fall due; of
-- those, how many have an actual reported by the month's end, how many are met (the performance
-- mart's judgement, target_completion_min) and 达标率 = met / due; 未报送 = due with no actual.
SELECT r.name AS "县", g.name AS "所属地区",
       COUNT(*) AS "到期目标(个)",
       COUNT(t.actual_value) AS "已报送(个)",
       COUNT(*) FILTER (WHERE t.met) AS "达标(个)",
       COUNT(*) FILTER (WHERE t.met) AS "达标率(%)|num", COUNT(*) AS "达标率(%)|den",
       COUNT(*) FILTER (WHERE t.actual_value IS NULL) AS "未报送(个)"
FROM marts.performance t
JOIN scope_region s ON s.region_code = t.county_code
JOIN model.dim_region r ON r.region_code = t.county_code
LEFT JOIN model.dim_region g ON g.region_code = r.parent_code
WHERE t.project_ended
GROUP BY t.county_code, r.name, g.name
ORDER BY COUNT(*) FILTER (WHERE t.met) * 1.0 / COUNT(*), t.county_code
