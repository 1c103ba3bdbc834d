-- A notice's warnings still to be dealt with, overdue first (longest first), then the largest, with the
-- handler and reviewer by name (staff), the dispatch, the due date and the days overdue. The list:
-- 'all' - every one in scope (a department's); 'not_escalated' - a region's: the root region's own and
-- those of the regions below it not yet overdue (the notice goes down the chain, 逐级: a prefecture passes
-- its counties' on); 'below_overdue' - the overdue ones of the regions below the root (escalated to it,
-- 逐级督办). The two region lists together are every one in scope, each once. Classified funds only in
-- the totals query.
WITH list AS (SELECT CAST(? AS VARCHAR) AS kind)
SELECT w.warning_id AS "预警编号", w.rule AS "预警规则", w.level AS "等级", w.fund_code AS "资金代码",
       r.name AS "地区", w.amount AS "金额(万元)", w.dispatched_on AS "下发日期", w.due_on AS "整改期限",
       w.overdue_days AS "逾期(天)", COALESCE(h.name, w.handler_id) AS "经办人", COALESCE(v.name, w.reviewer_id) AS "复核人"
FROM scope_open_warning w
CROSS JOIN list
CROSS JOIN scope_root root
LEFT JOIN model.dim_region r ON r.region_code = w.region_code
LEFT JOIN scope_staff h ON h.staff_id = w.handler_id
LEFT JOIN scope_staff v ON v.staff_id = w.reviewer_id
WHERE w.detail_visible
  AND (list.kind = 'all'
       OR (list.kind = 'not_escalated' AND (w.region_code = root.region_code OR w.overdue_days IS NULL))
       OR (list.kind = 'below_overdue' AND w.region_code <> root.region_code AND w.overdue_days IS NOT NULL))
ORDER BY w.overdue_days DESC NULLS LAST, w.amount DESC, w.warning_id
