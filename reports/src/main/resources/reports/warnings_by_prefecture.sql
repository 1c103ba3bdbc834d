-- Open warnings per prefecture in scope (province-level hits have no prefecture and are left out).
SELECT r.region_code AS "地区代码", r.name AS "地区",
       COUNT(*) AS "未整改(条)", SUM(w.amount) AS "未整改金额(万元)",
       SUM(CASE WHEN w.level = 'orange' THEN 1 ELSE 0 END) AS "橙色(条)",
       SUM(CASE WHEN w.level = 'yellow' THEN 1 ELSE 0 END) AS "黄色(条)",
       SUM(CASE WHEN w.level = 'blue' THEN 1 ELSE 0 END) AS "蓝色(条)"
FROM scope_open_warning w
JOIN model.dim_region r ON r.region_code = w.prefecture_code
GROUP BY r.region_code, r.name
ORDER BY r.region_code
