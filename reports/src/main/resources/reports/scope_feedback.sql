-- The rectification feedback on warnings in scope dated this month and rejected (整改反馈被退回), for the
-- report and the notices (installed after scope.sql, which the metrics share: they read no feedback).
CREATE OR REPLACE TEMP VIEW scope_rejected_feedback AS
SELECT b.*, f.detail_visible FROM marts.feedback b
JOIN scope_region s ON s.region_code = b.region_code
JOIN scope_fund f ON f.fund_code = b.fund_code
CROSS JOIN report_period d
WHERE b.outcome = 'rejected' AND b."at" > d.previous_as_of AND b."at" <= d.as_of;
