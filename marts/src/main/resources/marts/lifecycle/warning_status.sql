-- Each known warning's status as of D (rules.md "Status as of D", "Overdue"): closed by feedback for
-- good; else resolved_by_data when dispatched by D and no longer hitting; else what accepted feedback
-- set; else new (not dispatched by D) or open. status_on is the day of the accepted row that last
-- changed the status. Overdue days count from the due date while the status is still open,
-- confirmed_violation or rectifying; on the due date itself a warning is not overdue.
WITH latest_feedback AS (
  SELECT f.warning_id, f.status_after,
         ROW_NUMBER() OVER (PARTITION BY f.warning_id ORDER BY f."at" DESC) AS position
  FROM ${schema}.feedback f
  WHERE f.status_after IS NOT NULL
),
last_change AS (
  SELECT f.warning_id, MAX(f."at") AS status_on
  FROM ${schema}.feedback f
  WHERE f.outcome = 'accepted' AND f.status_after <> f.status_before
  GROUP BY f.warning_id
),
decided AS (
  SELECT k.warning_id, k.due_on, c.status_on,
         CASE WHEN lf.status_after IN ('rectified', 'confirmed_normal') THEN lf.status_after
              WHEN k.dispatched_on IS NOT NULL AND NOT k.hit THEN 'resolved_by_data'
              WHEN lf.status_after IN ('confirmed_violation', 'rectifying') THEN lf.status_after
              WHEN k.dispatched_on IS NOT NULL THEN 'open'
              ELSE 'new' END AS status
  FROM ${schema}.warning_lifecycle k
  LEFT JOIN latest_feedback lf ON lf.warning_id = k.warning_id AND lf.position = 1
  LEFT JOIN last_change c ON c.warning_id = k.warning_id
)
SELECT d.warning_id, d.status,
       CASE WHEN d.status IN ('confirmed_normal', 'confirmed_violation', 'rectifying', 'rectified') THEN d.status_on END AS status_on,
       CAST(CASE WHEN d.status IN ('open', 'confirmed_violation', 'rectifying') AND d.due_on < ${as_of}
                 THEN ft_days_between(d.due_on, ${as_of}) END AS INTEGER) AS overdue_days
FROM decided d
