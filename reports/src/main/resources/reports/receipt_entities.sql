-- One region's rows of the batch per entity: received = loaded + quarantined. Each entity by the
-- contract's Chinese name, with the file name's entity beside it for the clerk who made the file.
WITH entity_name (entity, name) AS (VALUES
  ('indicators', '预算指标'), ('projects', '项目库'), ('allocations', '资金安排'), ('performance_targets', '绩效目标'),
  ('performance_actuals', '绩效执行'), ('treasury_transfers', '国库资金下达'), ('payments', '支付明细'),
  ('rectifications', '整改反馈'), ('regions', '区划'), ('poverty_status', '贫困县名单'), ('funds', '资金'),
  ('scope_rules', '使用范围规则'), ('staff', '人员'))
SELECT COALESCE(n.name || '（' || w.entity || '）', w.entity) AS "数据类型", COUNT(*) AS "接收(行)",
       COUNT(*) FILTER (WHERE w.loaded) AS "入库(行)", COUNT(*) FILTER (WHERE NOT w.loaded) AS "隔离(行)"
FROM receipt_row w
LEFT JOIN entity_name n ON n.entity = w.entity
WHERE w.region_code IS NOT DISTINCT FROM CAST(? AS VARCHAR)
GROUP BY w.entity, n.name
ORDER BY w.entity
