-- A notice's headline: the funds' received and paid at the scope root, and the open and overdue warnings.
SELECT COALESCE(SUM(p.cumulative_received), 0) AS "到位资金(万元)", COALESCE(SUM(p.cumulative_paid), 0) AS "支出(万元)",
       SUM(p.cumulative_paid) AS "支出进度(%)|num", SUM(p.cumulative_received) AS "支出进度(%)|den",
       (SELECT COUNT(*) FROM scope_open_warning) AS "未整改预警(条)",
       (SELECT COUNT(*) FROM scope_open_warning WHERE overdue_days IS NOT NULL) AS "逾期未整改(条)"
FROM scope_fund_progress p
