-- Ended projects in scope with targets whose actuals were never reported (未报送), by county.
SELECT r.name AS "县", t.project_id AS "项目编号", p.name AS "项目名称",
       COUNT(*) AS "未报送目标(个)", string_agg(t.name, '、' ORDER BY t.target_id) AS "未报送目标"
FROM marts.performance t
JOIN scope_region s ON s.region_code = t.county_code
JOIN model.dim_region r ON r.region_code = t.county_code
LEFT JOIN model.dim_project p ON p.project_id = t.project_id
WHERE t.project_ended AND t.actual_value IS NULL
GROUP BY t.county_code, r.name, t.project_id, p.name
ORDER BY t.county_code, t.project_id
LIMIT 20
