-- The rectification feedback on warnings in scope dated this month and rejected (整改反馈被退回), for the
-- report and the notices (installed after scope.sql, which the metrics share: they read no feedback).
CREATE OR REPLACE TEMP VIEW scope_rejected_feedback AS
SELECT b.*, f.detail_visible FROM marts.feedback b
JOIN scope_region s ON s.region_code = b.region_code
JOIN scope_fund f ON f.fund_code = b.fund_code
CROSS JOIN report_period d
WHERE b.outcome = 'rejected' AND b."at" > d.previous_as_of AND b."at" <= d.as_of
UNION ALL
-- Feedback on a warning id that names no warning (unknown_warning) has no region or fund of its own. It is its
-- sender's to correct, so it goes to the region and department of its by_staff; without a sender, to the
-- province and no department. No fund, so nothing classified to hide.
-- (The region is tested with EXISTS: DuckDB 2.0.0, joining on the COALESCE after the LEFT JOIN, lost the row
-- without a sender once the date filter was added - its filter pushdown and join order; ReportSummaryTest.)
SELECT b.*, TRUE AS detail_visible FROM marts.feedback b
CROSS JOIN scope_settings sd
CROSS JOIN report_period d
LEFT JOIN scope_staff st ON st.staff_id = b.by_staff
WHERE b.outcome = 'rejected' AND b.reason = 'unknown_warning' AND b."at" > d.previous_as_of AND b."at" <= d.as_of
  AND EXISTS (SELECT 1 FROM scope_region s WHERE s.region_code = COALESCE(st.region_code, sd.default_root))
  AND (sd.department IS NULL OR sd.department = st.department);
