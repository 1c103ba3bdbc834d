-- One month's cycle in figures, from marts.warnings as of its last day E (${month_end}): warnings hitting,
-- dispatched for the first time by this cycle, open (open, confirmed_violation, rectifying), closed
-- (rectified, confirmed_normal, resolved_by_data) and overdue.
SELECT CAST(COALESCE(SUM(CASE WHEN hit THEN 1 ELSE 0 END), 0) AS BIGINT) AS hitting,
       CAST(COALESCE(SUM(CASE WHEN dispatched_on = ${month_end} THEN 1 ELSE 0 END), 0) AS BIGINT) AS dispatched,
       CAST(COALESCE(SUM(CASE WHEN status IN ('open', 'confirmed_violation', 'rectifying') THEN 1 ELSE 0 END), 0) AS BIGINT) AS open_warnings,
       CAST(COALESCE(SUM(CASE WHEN status IN ('rectified', 'confirmed_normal', 'resolved_by_data') THEN 1 ELSE 0 END), 0) AS BIGINT) AS closed,
       CAST(COALESCE(SUM(CASE WHEN overdue_days IS NOT NULL THEN 1 ELSE 0 END), 0) AS BIGINT) AS overdue
FROM marts.warnings
