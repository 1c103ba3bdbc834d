-- The rectification feedback (整改反馈) on the notice's warnings dated since the previous month's end
-- and rejected (scope_rejected_feedback), with the reason in words (rules.md, Warning lifecycle): every one
-- in scope, a department's or a region's with the regions below it (a prefecture passes its counties' on).
SELECT b.warning_id AS "预警编号", b.rule AS "预警规则", b."at" AS "反馈日期",
       CASE b.status WHEN 'rectified' THEN '已整改' WHEN 'confirmed_normal' THEN '确认正常'
                     WHEN 'confirmed_violation' THEN '确认违规' WHEN 'rectifying' THEN '整改中' ELSE b.status END AS "申请状态",
       CASE b.reason WHEN 'unknown_warning' THEN '预警编号不存在或尚未下发'
                     WHEN 'after_closed' THEN '预警已销号，不再受理'
                     WHEN 'bad_transition' THEN '状态变更不符合整改流程'
                     WHEN 'no_evidence' THEN '橙色预警申请销号未附佐证材料'
                     ELSE b.reason END AS "退回原因",
       COALESCE(s.name, b.by_staff) AS "反馈人"
FROM scope_rejected_feedback b
LEFT JOIN scope_staff s ON s.staff_id = b.by_staff
WHERE b.detail_visible
ORDER BY b."at", b.warning_id
