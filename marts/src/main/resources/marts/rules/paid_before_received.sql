-- PAID_BEFORE_RECEIVED (异常): a payment dated before its indicator reached the payer.
SELECT 'PAID_BEFORE_RECEIVED' AS rule, 'yellow' AS level, i.fiscal_year, p.fund_code, p.region_code,
       p.project_id, p.indicator_id, p.payment_id, CAST(p.amount AS DECIMAL(18,2)) AS amount,
       CAST(NULL AS INTEGER) AS days, CAST(NULL AS STRING) AS reason,
       -- the payment's handler and reviewer, else its indicator's (rules.md: "or of its indicator where that row has none")
       COALESCE(p.handler_id, i.handler_id) AS handler_id, COALESCE(p.reviewer_id, i.reviewer_id) AS reviewer_id,
       'payment:' || p.payment_id || ';indicator:' || p.indicator_id AS evidence,
       p.payment_id AS business_key, p.payee_id
FROM model.fact_payment p
JOIN model.fact_indicator i ON i.indicator_id = p.indicator_id
WHERE p.pay_date <= ${as_of} AND p.amount > 0 AND p.pay_date < i.receipt_date
