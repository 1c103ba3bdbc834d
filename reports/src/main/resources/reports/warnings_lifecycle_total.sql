-- The lifecycle of the warnings in scope at the month's end: dispatched and closed this month, open,
-- overdue, overdue in the regions below the root (escalated to their parent region), and the
-- rectification feedback rejected this month.
SELECT COUNT(*) FILTER (WHERE dispatched_this_month) AS "本月下发(条)",
       COUNT(*) FILTER (WHERE closed_this_month) AS "本月销号(条)",
       COUNT(*) FILTER (WHERE open) AS "未整改(条)",
       COUNT(*) FILTER (WHERE overdue) AS "逾期未整改(条)",
       COUNT(*) FILTER (WHERE escalated) AS "逐级督办(条)",
       COALESCE(SUM(amount) FILTER (WHERE overdue), 0) AS "逾期涉及金额(万元)",
       (SELECT COUNT(*) FROM scope_rejected_feedback) AS "本月退回反馈(条)"
FROM scope_lifecycle_warning
