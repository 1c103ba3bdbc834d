-- The feedback log (rules.md "Warning lifecycle", Feedback): every rectification row dated <= D, applied
-- per warning in `at` order starting from open, accepted or rejected with the first reason that holds:
-- unknown_warning, after_closed, bad_transition, no_evidence.
--
-- Without recursion. Rank confirmed_violation 1, rectifying 2, rectified 3. A row asking for t is
-- allowed from status s when s is open, or when t is not confirmed_normal and rank(t) >= rank(s) (a
-- repeat included); a row is evidence-ok unless the lifecycle level is orange, t is rectified or
-- confirmed_normal and it has no evidence. From open every evidence-ok row is accepted, an accepted row
-- never lowers the rank, and a rejected row changes nothing; so before the warning closes, its status
-- before a row is the highest rank among the earlier evidence-ok rows (a rejected one among them had a
-- lower rank than the status of its day, so it never raises the maximum), open when there is none. The
-- warning closes at its first evidence-ok rectified row, or at its first evidence-ok row when that asks
-- for confirmed_normal (confirmed_normal is allowed only from open); every later row is after_closed.
WITH entry AS (
  SELECT r.warning_id, r.at_date, r.status, r.by_staff, r.evidence, k.warning_id IS NOT NULL AS known,
         CASE r.status WHEN 'confirmed_violation' THEN 1 WHEN 'rectifying' THEN 2 WHEN 'rectified' THEN 3 ELSE 0 END AS status_rank,
         CASE WHEN k.lifecycle_level = 'orange' AND r.status IN ('rectified', 'confirmed_normal')
                   AND (r.evidence IS NULL OR trim(r.evidence) = '') THEN 0 ELSE 1 END AS evidence_ok
  FROM model.fact_rectification r
  LEFT JOIN ${schema}.warning_lifecycle k ON k.warning_id = r.warning_id
  WHERE r.at_date <= ${as_of}
),
first_evidence_ok AS (
  SELECT e.warning_id, MIN(e.at_date) AS at_date FROM entry e WHERE e.known AND e.evidence_ok = 1 GROUP BY e.warning_id
),
closing AS (
  SELECT e.warning_id, e.at_date AS closed_at, e.status AS closed_status,
         ROW_NUMBER() OVER (PARTITION BY e.warning_id ORDER BY e.at_date) AS position
  FROM entry e
  JOIN first_evidence_ok f ON f.warning_id = e.warning_id
  WHERE e.known AND e.evidence_ok = 1
    AND (e.status = 'rectified' OR (e.status = 'confirmed_normal' AND e.at_date = f.at_date))
),
placed AS (
  SELECT e.*, c.closed_at, c.closed_status,
         COALESCE(MAX(CASE WHEN e.evidence_ok = 1 THEN e.status_rank END)
                    OVER (PARTITION BY e.warning_id ORDER BY e.at_date ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING),
                  0) AS rank_before
  FROM entry e
  LEFT JOIN closing c ON c.warning_id = e.warning_id AND c.position = 1
),
judged AS (
  SELECT p.*,
         CASE WHEN NOT p.known THEN CAST(NULL AS STRING)
              WHEN p.closed_at < p.at_date THEN p.closed_status
              WHEN p.rank_before = 2 THEN 'rectifying'
              WHEN p.rank_before = 1 THEN 'confirmed_violation'
              ELSE 'open' END AS status_before,
         CASE WHEN NOT p.known THEN 'unknown_warning'
              WHEN p.closed_at < p.at_date THEN 'after_closed'
              WHEN p.rank_before > 0 AND (p.status = 'confirmed_normal' OR p.status_rank < p.rank_before) THEN 'bad_transition'
              WHEN p.evidence_ok = 0 THEN 'no_evidence' END AS reason
  FROM placed p
)
SELECT j.warning_id, j.at_date AS "at", j.status,
       CASE WHEN j.reason IS NULL THEN 'accepted' ELSE 'rejected' END AS outcome,
       j.reason, j.status_before,
       CASE WHEN j.known AND j.reason IS NULL THEN j.status ELSE j.status_before END AS status_after,
       j.by_staff, j.evidence,
       -- the warning's, for readers' row filters (empty for unknown_warning)
       k.rule, k.lifecycle_level, k.fund_code, k.region_code, k.department, k.prefecture_code, k.province_code,
       k.classified, ${as_of} AS as_of
FROM judged j
LEFT JOIN ${schema}.warning_lifecycle k ON k.warning_id = j.warning_id
