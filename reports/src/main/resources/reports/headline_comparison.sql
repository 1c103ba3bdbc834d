-- The scope root's headline at the report month's end, the previous month's end (环比) and the same
-- month's end last year (同比), each from the marts built as of its date. 进度比 = spend progress over
-- time progress (paid / received) / (month / 12), divided once.
SELECT c.label AS "时点", c.as_of AS "截至",
       COALESCE(SUM(p.cumulative_received), 0) AS "到位资金(万元)",
       COALESCE(SUM(p.cumulative_paid), 0) AS "支出(万元)",
       SUM(p.cumulative_paid) AS "支出进度(%)|num", SUM(p.cumulative_received) AS "支出进度(%)|den",
       month(c.as_of) AS "时间进度(%)|num", 12 AS "时间进度(%)|den",
       SUM(p.cumulative_paid) * 12 AS "进度比(%)|num", SUM(p.cumulative_received) * month(c.as_of) AS "进度比(%)|den"
FROM report_comparison_period c
LEFT JOIN scope_period_progress p ON p.period = c.period
GROUP BY c.position, c.label, c.as_of
ORDER BY c.position
