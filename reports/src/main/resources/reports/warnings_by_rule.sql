-- Warnings per rule in scope: still to be dealt with at the month's end (hitting, not closed by
-- feedback), new this month (absent from the previous month-end's build), closed this month (to be
-- dealt with then, closed or gone now).
WITH current_warning AS (
  SELECT w.* FROM marts.warnings w
  JOIN scope_region s ON s.region_code = w.region_code JOIN scope_fund f ON f.fund_code = w.fund_code),
previous_warning AS (
  SELECT w.* FROM marts_previous.warnings w
  JOIN scope_region s ON s.region_code = w.region_code JOIN scope_fund f ON f.fund_code = w.fund_code),
rules AS (
  SELECT rule FROM current_warning UNION SELECT rule FROM previous_warning)
SELECT r.rule AS "预警规则",
       (SELECT COUNT(*) FROM current_warning c WHERE c.rule = r.rule AND c.hit AND c.status IN ('new', 'open', 'confirmed_violation', 'rectifying')) AS "未整改(条)",
       (SELECT COALESCE(SUM(c.amount), 0) FROM current_warning c WHERE c.rule = r.rule AND c.hit AND c.status IN ('new', 'open', 'confirmed_violation', 'rectifying'))
         AS "未整改金额(万元)",
       (SELECT COUNT(*) FROM current_warning c WHERE c.rule = r.rule AND c.hit
          AND NOT EXISTS (SELECT 1 FROM previous_warning p WHERE p.warning_id = c.warning_id)) AS "本月新增(条)",
       (SELECT COUNT(*) FROM previous_warning p WHERE p.rule = r.rule AND p.hit AND p.status IN ('new', 'open', 'confirmed_violation', 'rectifying')
          AND NOT EXISTS (SELECT 1 FROM current_warning c WHERE c.warning_id = p.warning_id AND c.hit AND c.status IN ('new', 'open', 'confirmed_violation', 'rectifying')))
         AS "本月销号(条)"
FROM rules r
ORDER BY r.rule
