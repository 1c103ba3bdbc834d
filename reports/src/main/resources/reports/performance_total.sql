-- Performance execution over the scope: targets of ended projects (due), reported, met, 达标率, and
-- the ended projects with a target never reported (未报送).
SELECT COUNT(*) AS "到期目标(个)",
       COUNT(t.actual_value) AS "已报送(个)",
       COUNT(*) FILTER (WHERE t.met) AS "达标(个)",
       COUNT(*) FILTER (WHERE t.met) AS "达标率(%)|num", COUNT(*) AS "达标率(%)|den",
       COUNT(*) FILTER (WHERE t.actual_value IS NULL) AS "未报送(个)",
       COUNT(DISTINCT t.project_id) FILTER (WHERE t.actual_value IS NULL) AS "未报送项目(个)"
FROM marts.performance t
JOIN scope_region s ON s.region_code = t.county_code
WHERE t.project_ended
