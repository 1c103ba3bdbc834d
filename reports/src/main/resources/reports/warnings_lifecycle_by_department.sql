-- The lifecycle by responsible department (处室), most overdue first.
SELECT department AS "责任处室",
       COUNT(*) FILTER (WHERE dispatched_this_month) AS "本月下发(条)",
       COUNT(*) FILTER (WHERE closed_this_month) AS "本月销号(条)",
       COUNT(*) FILTER (WHERE open) AS "未整改(条)",
       COUNT(*) FILTER (WHERE overdue) AS "逾期未整改(条)",
       COALESCE(SUM(amount) FILTER (WHERE overdue), 0) AS "逾期金额(万元)",
       MAX(overdue_days) AS "最长逾期(天)"
FROM scope_lifecycle_warning
GROUP BY department
HAVING COUNT(*) FILTER (WHERE dispatched_this_month OR closed_this_month OR open) > 0
ORDER BY COUNT(*) FILTER (WHERE overdue) DESC, department
