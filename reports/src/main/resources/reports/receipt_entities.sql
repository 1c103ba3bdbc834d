-- One region's rows of the batch per entity: received = loaded + quarantined.
SELECT w.entity AS "数据类型", COUNT(*) AS "接收(行)", COUNT(*) FILTER (WHERE w.loaded) AS "入库(行)",
       COUNT(*) FILTER (WHERE NOT w.loaded) AS "隔离(行)"
FROM receipt_row w
WHERE w.region_code IS NOT DISTINCT FROM CAST(? AS VARCHAR)
GROUP BY w.entity
ORDER BY w.entity
